/**
 * MemGPT-style context management: token counting, core memory blocks, budgeted prompt assembly, memory-pressure
 * events, eviction to recall storage with a running summary, and the conversation/archival search operations
 * that the agent exposes as tools.
 */
package zhiti.memory.context;

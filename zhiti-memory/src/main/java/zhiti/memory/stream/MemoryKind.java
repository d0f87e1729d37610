package zhiti.memory.stream;

/** What a memory-stream record is, after the generative-agents paper plus tool results and facts. */
public enum MemoryKind { OBSERVATION, REFLECTION, PLAN, TOOL_RESULT, FACT }

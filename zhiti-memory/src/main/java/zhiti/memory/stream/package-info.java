/**
 * The generative agents' memory stream: scored retrieval (recency, importance, relevance), reflection through a
 * {@link zhiti.memory.stream.Reflector}, and an optional append-only journal for persistence.
 */
package zhiti.memory.stream;

/**
 * Benchmarks as library classes ({@code run} methods returning records, and {@code main} printing one JSON
 * object): retrieval latency and recall ({@link zhiti.memory.bench.MemoryBenchmark}), ingestion throughput
 * ({@link zhiti.memory.bench.IngestBenchmark}) and LoCoMo evidence recall ({@link zhiti.memory.bench.LocomoBenchmark}).
 */
package zhiti.memory.bench;

/**
 * The knowledge base. Files are read ({@link zhiti.memory.kb.DocumentReader}), cut into passages or turns
 * ({@link zhiti.memory.kb.Chunker}), embedded ({@link zhiti.memory.kb.Embedder}) and written one document per
 * durable commit into a {@link zhiti.memory.kb.Store} by the {@link zhiti.memory.kb.Ingestor}. The embedded store
 * keeps records in H2 and text plus HNSW vectors in Lucene; searches fuse BM25 and vector ranks and return hits
 * whose {@link zhiti.core.Citation} names the document, the locator and the text.
 */
package zhiti.memory.kb;

import zhiti.core.Citation;

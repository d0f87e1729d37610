package zhiti.memory.kb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The system of record in an embedded H2 database: documents (with a sync state against the Lucene index),
 * chunks with their vectors, and store metadata. H2 was chosen over sqlite-jdbc because it is pure Java (no
 * native library unpacked into a temp or home directory) and its MVStore commits are atomic and survive kill -9.
 * WRITE_DELAY=0 makes each commit reach the file before it returns (H2 otherwise batches for up to 500 ms, and
 * a killed process would lose commits the index already has). Methods are synchronized: one connection, one writer.
 */
final class RecordDatabase implements AutoCloseable {
    /** Document row states: PENDING = records committed, index not yet; DELETING = index removal pending. */
    static final String DONE = "DONE", PENDING = "PENDING", DELETING = "DELETING";

    private final Connection conn;

    RecordDatabase(Path dir) {
        try {
            conn = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("records").toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "zhiti", "");
            try (Statement s = conn.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS meta(k VARCHAR PRIMARY KEY, v VARCHAR)");
                s.execute("CREATE TABLE IF NOT EXISTS documents(doc_id VARCHAR PRIMARY KEY, source_path VARCHAR,"
                        + " content_hash VARCHAR NOT NULL, format VARCHAR, ts BIGINT, chunk_count INT, state VARCHAR NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS chunks(record_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL,"
                        + " ord INT NOT NULL, rec_kind VARCHAR, ts BIGINT, body VARCHAR(1000000), file_name VARCHAR,"
                        + " start_off INT, end_off INT, page_no INT, heading VARCHAR, turn_id VARCHAR, vec VARBINARY)");
                s.execute("CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, ord)");
            }
            conn.setAutoCommit(false);
            conn.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the record database in " + dir + ": " + e.getMessage(), e);
        }
    }

    synchronized Optional<String> meta(String key) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    synchronized void putMeta(String key, String value) {
        try (PreparedStatement ps = conn.prepareStatement("MERGE INTO meta(k, v) KEY(k) VALUES(?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
            conn.commit();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Replaces a document's rows in one transaction and marks it PENDING for the index. */
    synchronized void replace(DocumentInfo doc, List<Chunk> chunks, List<float[]> vectors) {
        try {
            delete(doc.docId(), false);
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO documents VALUES(?,?,?,?,?,?,?)")) {
                ps.setString(1, doc.docId());
                ps.setString(2, doc.path());
                ps.setString(3, doc.contentHash());
                ps.setString(4, doc.format());
                ps.setLong(5, doc.time());
                ps.setInt(6, chunks.size());
                ps.setString(7, PENDING);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO chunks VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < chunks.size(); i++) {
                    Chunk c = chunks.get(i);
                    Locator l = c.locator();
                    ps.setString(1, c.recordId());
                    ps.setString(2, c.docId());
                    ps.setInt(3, i);
                    ps.setString(4, c.kind());
                    ps.setLong(5, c.time());
                    ps.setString(6, c.text());
                    ps.setString(7, l.file());
                    ps.setInt(8, l.start());
                    ps.setInt(9, l.end());
                    if (l.page() == null) ps.setNull(10, Types.INTEGER); else ps.setInt(10, l.page());
                    ps.setString(11, l.heading());
                    ps.setString(12, l.turn());
                    ps.setBytes(13, Vectors.toBytes(vectors.get(i)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw fail(e);
        }
    }

    /** Deletes chunks now and marks the document DELETING (index removal pending), or removes its row. */
    synchronized boolean markDeleting(String docId) {
        try {
            boolean existed = document(docId).isPresent();
            if (existed) {
                delete(docId, true);
                conn.commit();
            }
            return existed;
        } catch (SQLException e) {
            rollback();
            throw fail(e);
        }
    }

    private void delete(String docId, boolean keepRowAsDeleting) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM chunks WHERE doc_id = ?")) {
            ps.setString(1, docId);
            ps.executeUpdate();
        }
        String sql = keepRowAsDeleting ? "UPDATE documents SET state = '" + DELETING + "', chunk_count = 0 WHERE doc_id = ?"
                : "DELETE FROM documents WHERE doc_id = ?";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, docId);
            ps.executeUpdate();
        }
    }

    /** Called once the index reflects the document: DONE, or the row disappears if it was being deleted. */
    synchronized void markSynced(String docId) {
        try (PreparedStatement up = conn.prepareStatement("UPDATE documents SET state = '" + DONE + "' WHERE doc_id = ? AND state = '" + PENDING + "'");
             PreparedStatement del = conn.prepareStatement("DELETE FROM documents WHERE doc_id = ? AND state = '" + DELETING + "'")) {
            up.setString(1, docId);
            up.executeUpdate();
            del.setString(1, docId);
            del.executeUpdate();
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw fail(e);
        }
    }

    synchronized List<String> allDocumentIds() {
        List<String> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT doc_id FROM documents")) {
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    synchronized List<String> unsynced() {
        List<String> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT doc_id FROM documents WHERE state <> '" + DONE + "'")) {
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Documents that are fully stored (state DONE or PENDING); DELETING ones are invisible. */
    synchronized Optional<DocumentInfo> document(String docId) {
        List<DocumentInfo> l = documents("WHERE doc_id = ? AND state <> '" + DELETING + "'", docId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    synchronized List<DocumentInfo> documents() {
        return documents("WHERE state <> '" + DELETING + "' ORDER BY doc_id", null);
    }

    private List<DocumentInfo> documents(String where, String arg) {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT doc_id, source_path, content_hash, format, ts, chunk_count FROM documents " + where)) {
            if (arg != null) ps.setString(1, arg);
            List<DocumentInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new DocumentInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getInt(6)));
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** A chunk and its vector. */
    record StoredChunk(Chunk chunk, float[] vector) {}

    synchronized List<StoredChunk> chunks(String docId) {
        return chunks("WHERE doc_id = ? ORDER BY ord", docId);
    }

    synchronized Optional<Chunk> chunk(String recordId) {
        List<StoredChunk> l = chunks("WHERE record_id = ?", recordId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0).chunk());
    }

    private List<StoredChunk> chunks(String where, String arg) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT record_id, doc_id, rec_kind, ts, body, file_name,"
                + " start_off, end_off, page_no, heading, turn_id, vec FROM chunks " + where)) {
            ps.setString(1, arg);
            List<StoredChunk> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int page = rs.getInt(9);
                    Integer pageOrNull = rs.wasNull() ? null : page;
                    Locator l = new Locator(rs.getString(6), rs.getInt(7), rs.getInt(8), pageOrNull,
                            rs.getString(10), rs.getString(11));
                    out.add(new StoredChunk(new Chunk(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getLong(4), rs.getString(5), l), Vectors.fromBytes(rs.getBytes(12))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    synchronized long chunkCount() {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM chunks")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private void rollback() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    private static IllegalStateException fail(SQLException e) {
        return new IllegalStateException("record database error: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw fail(e);
        }
    }
}

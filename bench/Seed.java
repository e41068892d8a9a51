import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seeds the registry's database for the benchmark: copies a template collection (pushed through the API, so every
 * column holds what the registry itself wrote) into COLLECTIONS collections of PER_COLLECTION containers each, with
 * the template's rows in every table that points at a collection or a container (owners, labels, signatures,
 * images...), and adds what makes the pages' queries work at scale: a label that varies, topics, stars by seeded
 * users, and a year of daily download counts (one row a day per collection, on one of its containers in turn, the
 * containers' and collections' download counters their sums).
 *
 * Going through the API would take hours for a million containers. The copy reads the template rows once and writes
 * with batched prepared statements, ids given (the next after each table's largest), one commit per BATCH rows. It
 * needs no knowledge of the template's columns beyond ids, names and foreign keys, so it keeps working as the schema
 * grows; only the rows it adds (labels, topics, stars, download days) name their columns. Any JDBC database the
 * registry runs on (H2 with the server stopped, as H2 embedded holds the file; MariaDB).
 *
 * Usage: java -cp DRIVER.jar bench/Seed.java JDBC_URL USER PASSWORD TEMPLATE_COLLECTION COLLECTIONS PER_COLLECTION
 * Collections are named seed-NNNNN, containers image-NNNNNNN (numbered across all collections), topics
 * topic-NNNN, users stargazer-NNN; every container carries the label org.bench.group=group-NN.
 */
public class Seed {

    private static final int BATCH = 20_000;
    private static final int TOPICS = 1_000;
    private static final int TOPICS_PER_CONTAINER = 2;
    private static final int GROUPS = 100;
    private static final int STARGAZERS = 20;
    private static final int DAYS = 365;

    private final Connection db;
    private final boolean h2;
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    /** The next id of each table that has one: ids are given, so that rows pointing at them need no read back. */
    private final Map<String, Long> nextIds = new HashMap<>();
    /** Open batches in the order of their first row, so parents are written before the rows that point at them. */
    private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
    private final Map<String, List<String>> batchColumns = new HashMap<>();
    private int pending;
    private long written;

    Seed(Connection db) throws SQLException {
        this.db = db;
        this.h2 = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet rs = meta.getColumns(db.getCatalog(), h2 ? "PUBLIC" : null, "%", "%")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                        .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        // The rows are consistent by construction: checking each foreign key and unique key per row only slows
        // the copy. A larger cache keeps H2's indexes in memory.
        try (Statement statement = db.createStatement()) {
            for (String setting : h2 ? List.of("SET REFERENTIAL_INTEGRITY FALSE", "SET CACHE_SIZE 524288")
                    : List.of("SET foreign_key_checks = 0", "SET unique_checks = 0")) {
                statement.execute(setting);
            }
        }
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            if (table.getValue().contains("id")) {
                nextIds.put(table.getKey(), single("select coalesce(max(id), 0) + 1 from " + table.getKey()));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: Seed JDBC_URL USER PASSWORD TEMPLATE_COLLECTION COLLECTIONS PER_COLLECTION");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            Seed seed = new Seed(db);
            int made = seed.seed(args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("seeded %d containers in %d collections (%d rows) in %.0f s, %.0f rows/s, into %s%n",
                    made, Integer.parseInt(args[4]), seed.written, seconds, seed.written / seconds,
                    db.getMetaData().getDatabaseProductName());
            seed.compact();
        }
    }

    /**
     * H2 only: closes the database rewritten compactly, as a database that grew over time would be. Opened on the
     * copy's file as written (7.8 GB for a million containers), the server's H2 rewrote its chunks in the background
     * for minutes, and the pages it read filled the 512 MiB heap: a full collection every 2-3 s, each stalling every
     * request for ~0.3 s. Compacted (35 s, 1.1 GB), the same server had none.
     */
    void compact() throws SQLException {
        if (!h2) {
            return;
        }
        db.commit();
        long start = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        System.out.printf("compacted the H2 file in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    int seed(String templateName, int collections, int perCollection) throws SQLException {
        long template = single("select id from collections where name = ?", templateName);
        long templateContainer = single("select min(id) from containers where collection_id = ?", template);
        Map<String, Object> collectionRow = rows("collections", "id = ?", template).get(0);
        Map<String, Object> containerRow = rows("containers", "id = ?", templateContainer).get(0);
        List<Map<String, Object>> imageRows = rows("images", "collection_id = ? and name = ?", template,
                containerRow.get("name"));
        Map<String, List<Map<String, Object>>> ofCollection = rowsOfEach("collection_id", template,
                "collections", "containers", "images", "stars", "download_days");
        Map<String, List<Map<String, Object>>> ofContainer = rowsOfEach("container_id", templateContainer,
                "containers", "download_days", "share_links", "container_name_suffixes");
        Object created = collectionRow.get("created");

        long[] groups = vocabulary("labels", GROUPS, g -> Map.of("label_key", "org.bench.group",
                "label_value", String.format("group-%02d", g)));
        long[] topics = vocabulary("topic_tags", TOPICS, t -> Map.of("name", String.format("topic-%04d", t)));
        Map<String, Object> owner = rows("user_accounts", "id = ?",
                ofCollection.get("collection_owners").get(0).get("user_id")).get(0);
        long[] stargazers = vocabulary("user_accounts", STARGAZERS, u -> withOverrides(owner,
                Map.of("username", String.format("stargazer-%03d", u))));
        flush();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int made = 0;
        for (int c = 1; c <= collections; c++) {
            long collection = nextId("collections");
            long[] containers = new long[perCollection];
            long[] downloads = new long[perCollection];
            for (int d = 0; d < DAYS; d++) {
                downloads[d % perCollection] += pulls(c, d);
            }
            int stars = c % (STARGAZERS + 1);
            insert("collections", withOverrides(collectionRow, Map.of("id", collection,
                    "name", String.format("seed-%05d", c), "star_count", stars, "container_count", perCollection,
                    "stored_bytes", perCollection * ((Number) containerRow.get("image_size")).longValue(),
                    "download_count", Arrays.stream(downloads).sum(),
                    "pulled_containers", Arrays.stream(downloads).filter(d -> d > 0).count())));
            copyAll(ofCollection, Map.of("collection_id", collection));
            for (int s = 0; s < stars; s++) {
                insert("stars", Map.of("id", nextId("stars"), "user_id", stargazers[s], "collection_id", collection,
                        "created", created));
            }
            for (int k = 0; k < perCollection; k++) {
                made++;
                String name = String.format("image-%07d", made);
                containers[k] = nextId("containers");
                insert("containers", withOverrides(containerRow, Map.of("id", containers[k],
                        "collection_id", collection, "name", name, "download_count", downloads[k])));
                copyAll(ofContainer, Map.of("container_id", containers[k]));
                insert("container_labels", Map.of("container_id", containers[k], "label_id", groups[made % GROUPS]));
                for (int t = 0; t < TOPICS_PER_CONTAINER; t++) {
                    insert("container_topic_tags", Map.of("container_id", containers[k],
                            "topic_tag_id", topics[(made * 7 + t * 389) % TOPICS]));
                }
                for (Map<String, Object> image : imageRows) {
                    insert("images", withOverrides(image, Map.of("id", nextId("images"), "collection_id", collection,
                            "name", name)));
                }
            }
            for (int d = 0; d < DAYS; d++) {
                insert("download_days", Map.of("id", nextId("download_days"),
                        "container_id", containers[d % perCollection], "collection_id", collection,
                        "download_day", Date.valueOf(today.minusDays(d)), "downloads", pulls(c, d)));
            }
            if (pending >= BATCH) {
                flush();
            }
            if (c % 1000 == 0) {
                System.out.printf("  %d collections, %d rows%n", c, written + pending);
            }
        }
        flush();
        restartIdentities();
        countPublicCarriers();
        countPublicPulls();
        indexNames();
        if (h2) {
            try (Statement statement = db.createStatement()) {
                statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        return made;
    }

    /**
     * What the registry keeps as topics and labels are attached (its schema's V12 and V17 count them once the same
     * way).
     */
    private void countPublicCarriers() throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String[] carried : new String[][] {{"topic_tags", "container_topic_tags", "topic_tag_id"},
                    {"labels", "container_labels", "label_id"}}) {
                statement.executeUpdate("UPDATE " + carried[0] + " SET public_carriers = (SELECT COUNT(*) FROM "
                        + carried[1] + " x JOIN containers k ON k.id = x.container_id"
                        + " JOIN collections c ON c.id = k.collection_id"
                        + " WHERE x." + carried[2] + " = " + carried[0] + ".id AND c.private_collection = FALSE)");
            }
            statement.executeUpdate("DELETE FROM label_images");
            statement.executeUpdate("INSERT INTO label_images (label_id, version, public_carriers)"
                    + " SELECT x.label_id, k.version, COUNT(*) FROM container_labels x"
                    + " JOIN containers k ON k.id = x.container_id JOIN collections c ON c.id = k.collection_id"
                    + " WHERE c.private_collection = FALSE GROUP BY x.label_id, k.version");
            statement.executeUpdate("UPDATE labels SET public_images = (SELECT COUNT(*) FROM label_images i"
                    + " WHERE i.label_id = labels.id AND i.public_carriers > 0)");
        }
        db.commit();
    }

    /** The suffixes of every container's name, as the registry writes them (its schema's V18 once, the same way). */
    private void indexNames() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM container_name_suffixes");
            statement.executeUpdate("INSERT INTO container_name_suffixes (suffix, container_id)"
                    + " SELECT SUBSTRING(k.name, s.x), k.id FROM containers k JOIN "
                    + (h2 ? "SYSTEM_RANGE(1, 128) s" : "(SELECT seq AS x FROM seq_1_to_128) s")
                    + " ON s.x <= CHAR_LENGTH(k.name)");
        }
        db.commit();
    }

    /** What the registry keeps as pulls are counted (its schema's V15 counts them once the same way). */
    private void countPublicPulls() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM public_download_days");
            statement.executeUpdate("INSERT INTO public_download_days (download_day, downloads)"
                    + " SELECT d.download_day, SUM(d.downloads) FROM download_days d"
                    + " JOIN collections c ON c.id = d.collection_id"
                    + " WHERE c.private_collection = FALSE GROUP BY d.download_day");
        }
        db.commit();
    }

    /** A deterministic spread of 1 to 20 pulls a day. */
    private static long pulls(int collection, int day) {
        return 1 + (collection * 31L + day * 17L) % 20;
    }

    private interface RowMaker {
        Map<String, Object> row(int number);
    }

    /** COUNT new rows of a table, numbered from 0; their ids. */
    private long[] vocabulary(String table, int count, RowMaker maker) throws SQLException {
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = nextId(table);
            insert(table, withOverrides(maker.row(i), Map.of("id", ids[i])));
        }
        return ids;
    }

    private Map<String, List<Map<String, Object>>> rowsOfEach(String column, Object value, String... except)
            throws SQLException {
        List<String> skipped = List.of(except);
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            if (table.getValue().contains(column) && !skipped.contains(table.getKey())) {
                found.put(table.getKey(), rows(table.getKey(), column + " = ?", value));
            }
        }
        return found;
    }

    /** The template's rows of each table again, pointing at a new parent (and with new ids of their own). */
    private void copyAll(Map<String, List<Map<String, Object>>> rowsOfTables, Map<String, Object> parent)
            throws SQLException {
        for (Map.Entry<String, List<Map<String, Object>>> table : rowsOfTables.entrySet()) {
            for (Map<String, Object> row : table.getValue()) {
                Map<String, Object> copy = withOverrides(row, parent);
                if (copy.containsKey("id")) {
                    copy.put("id", nextId(table.getKey()));
                }
                insert(table.getKey(), copy);
            }
        }
    }

    private static Map<String, Object> withOverrides(Map<String, Object> row, Map<String, Object> overrides) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.putAll(overrides);
        return copy;
    }

    private long nextId(String table) {
        return nextIds.merge(table, 1L, Long::sum) - 1;
    }

    /** Adds a row to its table's batch; the statement names the row's columns, the same for every row of a table. */
    private void insert(String table, Map<String, Object> row) throws SQLException {
        PreparedStatement batch = batches.get(table);
        List<String> names = new ArrayList<>(row.keySet());
        if (batch == null) {
            batch = db.prepareStatement("insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", names.stream().map(n -> "?").toList()) + ")");
            batches.put(table, batch);
            batchColumns.put(table, names);
        }
        List<String> order = batchColumns.get(table);
        for (int i = 0; i < order.size(); i++) {
            batch.setObject(i + 1, row.get(order.get(i)));
        }
        batch.addBatch();
        pending++;
    }

    private void flush() throws SQLException {
        for (PreparedStatement batch : batches.values()) {
            batch.executeBatch();
        }
        db.commit();
        written += pending;
        pending = 0;
    }

    /** H2 takes given ids without moving its identity counters past them; MariaDB's AUTO_INCREMENT moves itself. */
    private void restartIdentities() throws SQLException {
        if (!h2) {
            return;
        }
        try (Statement statement = db.createStatement()) {
            for (String table : batches.keySet()) {
                if (nextIds.containsKey(table)) {
                    statement.execute("alter table " + table + " alter column id restart with " + nextIds.get(table));
                }
            }
        }
        db.commit();
    }

    private List<Map<String, Object>> rows(String table, String where, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepared("select * from " + table + " where " + where, parameters);
             ResultSet rs = query.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> found = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), detached(rs.getObject(i)));
                }
                found.add(row);
            }
            return found;
        }
    }

    /** LOBs are read whole: they are valid only while their result set is open, and the template's are small. */
    private static Object detached(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    private long single(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepared(sql, parameters); ResultSet rs = query.executeQuery()) {
            if (!rs.next() || rs.getObject(1) == null) {
                throw new IllegalStateException("nothing for " + sql);
            }
            return rs.getLong(1);
        }
    }

    private PreparedStatement prepared(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}

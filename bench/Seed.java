import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Seeds the registry's database for the benchmark: copies a template collection (pushed through the API, so every
 * column holds what the registry itself wrote) into COLLECTIONS collections of PER_COLLECTION containers each, with
 * the template container's rows in every table that points at a collection or a container (owners, labels, images...).
 * Going through the API would take hours for 100,000 containers; the copy takes seconds and needs no knowledge of
 * columns beyond ids, names and the foreign keys, so it keeps working as the schema grows. The server must be stopped
 * (H2 embedded holds the file).
 *
 * Usage: java -cp DRIVER.jar bench/Seed.java JDBC_URL USER PASSWORD TEMPLATE_COLLECTION COLLECTIONS PER_COLLECTION
 * Collections are named seed-NNNNN, containers image-NNNNNNN (numbered across all collections).
 */
public class Seed {

    private final Connection db;
    private final Map<String, List<String>> columns = new LinkedHashMap<>();

    Seed(Connection db) throws SQLException {
        this.db = db;
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet rs = meta.getColumns(db.getCatalog(), null, "%", "%")) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
                    continue;
                }
                columns.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                        .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
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
            int made = new Seed(db).seed(args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            System.out.printf("seeded %d containers in %d collections in %d s%n", made, Integer.parseInt(args[4]),
                    (System.nanoTime() - start) / 1_000_000_000L);
        }
    }

    int seed(String templateName, int collections, int perCollection) throws SQLException {
        long template = single("select id from collections where name = ?", templateName);
        long templateContainer = single("select min(id) from containers where collection_id = ?", template);
        String containerName = string("select name from containers where id = ?", templateContainer);
        int made = 0;
        for (int c = 1; c <= collections; c++) {
            String name = String.format("seed-%05d", c);
            copy("collections", "id", template, Map.of("name", name));
            long collection = single("select id from collections where name = ?", name);
            for (String table : tablesWith("collection_id", "containers", "images")) {
                copy(table, "collection_id", template, Map.of("collection_id", collection));
            }
            for (int k = 0; k < perCollection; k++) {
                String image = String.format("image-%07d", ++made);
                copy("containers", "id", templateContainer, Map.of("collection_id", collection, "name", image));
                long container = single("select id from containers where collection_id = ? and name = ?",
                        collection, image);
                for (String table : tablesWith("container_id", "containers")) {
                    copy(table, "container_id", templateContainer, Map.of("container_id", container));
                }
                copyWhere("images", "collection_id = ? and name = ?", List.of(template, containerName),
                        Map.of("collection_id", collection, "name", image));
            }
            db.commit();
        }
        return made;
    }

    private List<String> tablesWith(String column, String... except) {
        List<String> skipped = List.of(except);
        return columns.entrySet().stream()
                .filter(e -> e.getValue().contains(column) && !skipped.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    private void copy(String table, String key, long value, Map<String, Object> overrides) throws SQLException {
        copyWhere(table, key + " = ?", List.of(value), overrides);
    }

    /** INSERT ... SELECT of the matching rows, with some columns set to new values; generated ids are left out. */
    private void copyWhere(String table, String where, List<Object> whereValues, Map<String, Object> overrides)
            throws SQLException {
        List<String> copied = columns.get(table).stream().filter(c -> !c.equals("id") || overrides.containsKey("id"))
                .toList();
        StringJoiner selected = new StringJoiner(", ");
        List<Object> parameters = new ArrayList<>();
        for (String column : copied) {
            if (overrides.containsKey(column)) {
                selected.add("?");
                parameters.add(overrides.get(column));
            } else {
                selected.add(column);
            }
        }
        parameters.addAll(whereValues);
        String sql = "insert into " + table + " (" + String.join(", ", copied) + ") select " + selected + " from "
                + table + " where " + where;
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                insert.setObject(i + 1, parameters.get(i));
            }
            insert.executeUpdate();
        }
    }

    private long single(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(string(sql, parameters));
    }

    private String string(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new IllegalStateException("nothing for " + sql);
                }
                return rs.getString(1);
            }
        }
    }
}

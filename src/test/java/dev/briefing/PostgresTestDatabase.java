package dev.briefing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A schema of its own on a real PostgreSQL server for each {@link PostgresTest} class, so that
 * test classes never see each other's runs. The server is the one {@code .ci/postgres} starts, or
 * the one {@code BRIEFING_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD} name.
 * <p>
 * For JUnit it first asks whether the server answers. When it does not, the class is skipped with
 * the reason, printed once, so that a machine without a server still builds; this is decided
 * before the class starts, since a class aborted once it has started (the per-class lifecycle
 * starts by building Spring's context) is not counted by Surefire at all. A server that answers
 * but refuses the login or the schema fails the class instead, as a broken setup rather than a
 * missing one. Then it makes the schema before the first test instance, and drops it after the
 * class. For Spring it points the data source, and with it Flyway and Spring Batch, at that schema.
 */
public final class PostgresTestDatabase
        implements ExecutionCondition, TestInstancePreConstructCallback, AfterAllCallback, ContextCustomizerFactory {

    private static final String URL = setting("BRIEFING_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:55432/briefing_test");
    private static final String USER = setting("BRIEFING_TEST_POSTGRES_USER", "briefing");
    private static final String PASSWORD = setting("BRIEFING_TEST_POSTGRES_PASSWORD", "briefing");
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    /** JUnit and Spring each meet the test class on their own; this is where they agree on its schema. */
    private static final Map<Class<?>, String> SCHEMAS = new ConcurrentHashMap<>();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresTestDatabase.class);

    /** Why the server cannot be reached, or empty when it answers: asked once per test run. */
    private static Optional<String> unreachable;

    /** The schema of a {@link PostgresTest} class. */
    public static String schemaOf(Class<?> testClass) {
        return SCHEMAS.computeIfAbsent(testClass, c -> "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return unreachable().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL));
    }

    private static synchronized Optional<String> unreachable() {
        if (unreachable == null) {
            try (Connection connection = connect()) {
                unreachable = Optional.empty();
            } catch (SQLException e) {
                // SQLSTATE class 08: the connection itself failed (refused, timed out, unknown host).
                // Any other failure (a refused login) is left to fail the class when it makes its schema.
                boolean noServer = e.getSQLState() != null && e.getSQLState().startsWith("08");
                unreachable = noServer
                        ? Optional.of("PostgreSQL tests skipped: no server at " + URL + " (" + e.getMessage() + "). Start one with .ci/postgres")
                        : Optional.empty();
                unreachable.ifPresent(System.err::println);
            }
        }
        return unreachable;
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        // Once per class: with the per-method lifecycle this is called before every test.
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(factoryContext.getTestClass(), PostgresTestDatabase::createSchema, String.class);
    }

    private static String createSchema(Class<?> testClass) {
        String schema = schemaOf(testClass);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            return schema;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " answers but cannot give the tests a schema", e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        String schema = context.getRoot().getStore(NAMESPACE).get(context.getRequiredTestClass(), String.class);
        if (schema == null) {
            return;
        }
        try (Connection connection = connect()) {
            boolean migrated = tableExists(connection, schema, "flyway_schema_history");
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            // Guards against a setting that quietly sends the class's tests to another database.
            if (!migrated) {
                throw new IllegalStateException(context.getRequiredTestClass().getSimpleName()
                        + " never used its PostgreSQL schema " + schema + ": is spring.datasource.url set elsewhere?");
            }
        }
    }

    private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new SchemaSettings(schemaOf(testClass));
    }

    /** Spring's side: the data source's default schema, which Flyway also migrates. */
    private record SchemaSettings(String schema) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                    "spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "spring.datasource.username", USER,
                    "spring.datasource.password", PASSWORD,
                    "spring.flyway.schemas", schema,
                    "spring.flyway.default-schema", schema)));
        }
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        return DriverManager.getConnection(URL, properties);
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

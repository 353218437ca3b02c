// Generates jOOQ classes from the real schema: embedded PostgreSQL 18, Liquibase changelogs, jOOQ codegen.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import liquibase.Contexts
import liquibase.Liquibase
import liquibase.database.DatabaseFactory
import liquibase.database.jvm.JdbcConnection
import liquibase.resource.DirectoryResourceAccessor
import org.jooq.codegen.GenerationTool
import org.jooq.meta.jaxb.*

def basedir = project.basedir
def outputDir = new File(project.build.directory, 'generated-sources/jooq')
System.setProperty('liquibase.analytics.enabled', 'false')

EmbeddedPostgres pg = EmbeddedPostgres.builder().start()
try {
    def url = pg.getJdbcUrl('postgres', 'postgres')
    pg.postgresDatabase.connection.withCloseable { connection ->
        def database = DatabaseFactory.instance.findCorrectDatabaseImplementation(new JdbcConnection(connection))
        def liquibase = new Liquibase('db/changelog/db.changelog-master.yaml',
                new DirectoryResourceAccessor(new File(basedir, 'src/main/resources')), database)
        liquibase.update(new Contexts("codegen"))
    }
    GenerationTool.generate(new Configuration()
            .withJdbc(new Jdbc().withDriver('org.postgresql.Driver').withUrl(url).withUser('postgres'))
            .withGenerator(new Generator()
                    .withDatabase(new Database()
                            .withName('org.jooq.meta.postgres.PostgresDatabase')
                            .withInputSchema('public')
                            .withExcludes('databasechangelog|databasechangeloglock'))
                    .withGenerate(new Generate().withJavaTimeTypes(true).withRecords(true).withPojos(false))
                    .withTarget(new Target()
                            .withPackageName('be.taakwijzer.db')
                            .withDirectory(outputDir.absolutePath))))
} finally {
    pg.close()
}
project.addCompileSourceRoot(outputDir.absolutePath)

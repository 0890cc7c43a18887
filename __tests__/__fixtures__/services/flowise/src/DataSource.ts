// Flowise's packages/server/src/DataSource.ts (Apache-2.0, see ../LICENSE.md and ../SOURCE.md),
// trimmed to its PostgreSQL configuration: no SQLite/MySQL/MariaDB branches, a migrations glob
// instead of the imported array (migrations/postgres/index.ts), the connection taken from
// VERIFY_MIGRATION_FIXTURE_DATABASE (a postgres:// URL) before Flowise's own DATABASE_* variables,
// and its entities replaced by one EntitySchema with a generated uuid column: that is what makes
// TypeORM create the "uuid-ossp" extension on connect, which Flowise's migrations rely on
// (uuid_generate_v4()). Its real entities need emitDecoratorMetadata, which tsx does not emit.
import 'reflect-metadata'
import { DataSource, EntitySchema } from 'typeorm'

const fixtureUrl = process.env.VERIFY_MIGRATION_FIXTURE_DATABASE
    ? new URL(process.env.VERIFY_MIGRATION_FIXTURE_DATABASE)
    : undefined

// Flowise's ChatFlow entity: @PrimaryGeneratedColumn('uuid') id
const ChatFlow = new EntitySchema<{ id: string }>({
    name: 'ChatFlow',
    tableName: 'chat_flow',
    columns: { id: { type: 'uuid', primary: true, generated: 'uuid' } }
})

const getDatabaseSSLFromEnv = () => {
    if (process.env.DATABASE_SSL_KEY_BASE64) {
        return {
            rejectUnauthorized: false,
            ca: Buffer.from(process.env.DATABASE_SSL_KEY_BASE64, 'base64')
        }
    } else if (process.env.DATABASE_SSL === 'true') {
        return true
    }
    return undefined
}

const appDataSource = new DataSource({
    type: 'postgres',
    host: fixtureUrl ? fixtureUrl.hostname : process.env.DATABASE_HOST,
    port: parseInt((fixtureUrl ? fixtureUrl.port : process.env.DATABASE_PORT) || '5432'),
    username: fixtureUrl ? decodeURIComponent(fixtureUrl.username) : process.env.DATABASE_USER,
    password: fixtureUrl ? decodeURIComponent(fixtureUrl.password) : process.env.DATABASE_PASSWORD,
    database: fixtureUrl ? decodeURIComponent(fixtureUrl.pathname.slice(1)) : process.env.DATABASE_NAME,
    ssl: getDatabaseSSLFromEnv(),
    synchronize: false,
    migrationsRun: false,
    entities: [ChatFlow],
    migrations: [__dirname + '/database/migrations/postgres/*.ts']
})

export function getDataSource(): DataSource {
    return appDataSource
}

export default appDataSource

using Mednum49.Bot.Storage;

namespace Mednum49.Bot.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    private static readonly string[] Migrations =
    [
        "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);",
        "ALTER TABLE items ADD COLUMN created_utc TEXT;",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("db-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_database_file_and_its_folder_are_created_on_first_use_in_wal_mode()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "nested", "bot.db"));

        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.True(File.Exists(database.Path));
    }

    [Fact]
    public async Task Migrations_are_applied_once_and_in_order()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));

        await database.MigrateAsync("items", Migrations[..1]);
        await database.MigrateAsync("items", Migrations);
        await database.MigrateAsync("items", Migrations);

        Assert.Equal(2, await database.SchemaVersionAsync("items"));
        Assert.Equal(0, await database.SchemaVersionAsync("other"));
        await using var connection = await database.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO items (name, created_utc) VALUES ('a', 'now');";
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Concurrent_starts_apply_each_migration_exactly_once()
    {
        var path = Path.Combine(_folder, "bot.db");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => new SqliteDatabase(path).MigrateAsync("items", Migrations))));

        await using var connection = await new SqliteDatabase(path).OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE component = 'items';";
        Assert.Equal(2L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_schema_at_its_previous_version()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));
        await database.MigrateAsync("items", Migrations[..1]);

        await Assert.ThrowsAnyAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
            database.MigrateAsync("items", [Migrations[0], "ALTER TABLE missing ADD COLUMN x TEXT;"]));

        Assert.Equal(1, await database.SchemaVersionAsync("items"));
    }

    [Fact]
    public async Task Opening_for_a_component_migrates_it_once_however_many_open_at_once()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));

        var connections = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => database.OpenAsync("items", Migrations))));

        foreach (var connection in connections)
        {
            await using (connection)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO items (name, created_utc) VALUES ('a', 'now');";
                Assert.Equal(1, await insert.ExecuteNonQueryAsync());
            }
        }

        await using var check = await database.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE component = 'items';";
        Assert.Equal(2L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_failed_migration_on_open_is_tried_again_on_the_next_open()
    {
        var database = new SqliteDatabase(Path.Combine(_folder, "bot.db"));
        await using (var blocker = await database.OpenAsync())
        {
            await using var create = blocker.CreateCommand();
            create.CommandText = "CREATE TABLE items (id INTEGER PRIMARY KEY);";
            await create.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAnyAsync<Microsoft.Data.Sqlite.SqliteException>(() => database.OpenAsync("items", Migrations));
        await using (var fix = await database.OpenAsync())
        {
            await using var drop = fix.CreateCommand();
            drop.CommandText = "DROP TABLE items;";
            await drop.ExecuteNonQueryAsync();
        }

        await using var connection = await database.OpenAsync("items", Migrations);
        Assert.Equal(2, await database.SchemaVersionAsync("items"));
    }
}

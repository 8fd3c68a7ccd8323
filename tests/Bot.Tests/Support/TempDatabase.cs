using Mednum49.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Mednum49.Bot.Tests.Support;

/// <summary>A fresh SQLite file in its own temporary folder, deleted with it.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mednum49-db-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "bot.db");

    /// <summary>A new <see cref="SqliteDatabase"/> on the same file each call (as a restarted process would open it).</summary>
    public SqliteDatabase Open() => new(Path);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing: the OS temp folder cleans up after us.
        }
    }
}

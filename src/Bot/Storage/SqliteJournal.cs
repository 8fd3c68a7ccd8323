namespace Mednum49.Bot.Storage;

public enum SqliteJournalKind
{
    /// <summary>Write-ahead log: readers never block the writer; needs every process on one host and a local disk.</summary>
    Wal,

    /// <summary>The rollback journal: slower, but works on a network filesystem such as App Service's <c>/home</c>.</summary>
    Delete,
}

/// <summary>
/// Which journal the SQLite file uses (<c>Storage:JournalMode</c>). SQLite's own documentation says WAL does not work
/// over a network filesystem (its index is shared memory) and needs every process on one host. Azure App Service's
/// <c>/home</c> is an SMB share: there, <c>auto</c> means DELETE.
/// </summary>
public static class SqliteJournal
{
    public static SqliteJournalKind Resolve(string? mode, string databasePath, Func<string, string?> environment)
    {
        switch (mode?.Trim().ToLowerInvariant())
        {
            case "wal":
                return SqliteJournalKind.Wal;
            case "delete":
                return SqliteJournalKind.Delete;
            default:
                // App Service (Linux) sets WEBSITE_SITE_NAME; its persistent /home is the SMB share.
                var onAppService = !string.IsNullOrEmpty(environment("WEBSITE_SITE_NAME"));
                var underHome = Path.GetFullPath(databasePath).StartsWith("/home/", StringComparison.Ordinal);
                return onAppService && underHome ? SqliteJournalKind.Delete : SqliteJournalKind.Wal;
        }
    }
}

namespace Mednum49.Bot.Storage;

/// <summary>Configuration section <c>Storage</c> (checked at start by <see cref="StorageOptionsValidator"/>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// <c>sqlite</c> (default: the embedded file, one instance) or <c>postgres</c> (a server, any number of instances).
    /// A string, so that a wrong value is reported with the key's name instead of a conversion error.
    /// </summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>
    /// The embedded SQLite database of the bot (conversation state, notes). Relative paths are resolved against the
    /// content root; the file and its folder are created on first use. In Azure: a path under <c>/home</c>.
    /// </summary>
    public string DatabasePath { get; set; } = "data/mednum49.db";

    /// <summary>
    /// SQLite's journal: <c>auto</c> (default: <c>wal</c>, except <c>delete</c> on Azure App Service's <c>/home</c>,
    /// an SMB share where WAL's shared memory does not work), <c>wal</c> or <c>delete</c>.
    /// </summary>
    public string JournalMode { get; set; } = "auto";

    /// <summary>The PostgreSQL connection string (Npgsql format) when <see cref="Provider"/> is <c>postgres</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How the app signs in to PostgreSQL: <c>password</c> (default: whatever the connection string says) or
    /// <c>managedidentity</c> (Azure Database for PostgreSQL with Entra ID: an access token of the managed identity
    /// named by <c>AZURE_CLIENT_ID</c> is the password, refreshed before it expires; no password in the settings).
    /// </summary>
    public string Authentication { get; set; } = "password";

    public StorageProvider ParsedProvider =>
        string.Equals(Provider?.Trim(), "postgres", StringComparison.OrdinalIgnoreCase) ? StorageProvider.Postgres : StorageProvider.Sqlite;

    public bool UsesManagedIdentity =>
        string.Equals(Authentication?.Trim(), "managedidentity", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Where everything the bot stores lives.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}

using Microsoft.Extensions.Options;
using Npgsql;

namespace Mednum49.Bot.Storage;

/// <summary>Fails the start with a message naming the key when the <c>Storage</c> section cannot work.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private static readonly string[] Providers = ["sqlite", "postgres"];
    private static readonly string[] JournalModes = ["auto", "wal", "delete"];
    private static readonly string[] Authentications = ["password", "managedidentity"];

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!Providers.Contains(options.Provider?.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"Set 'Storage:Provider' to sqlite or postgres (it is '{options.Provider}').");
            return ValidateOptionsResult.Fail(failures);
        }

        if (options.ParsedProvider == StorageProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(options.DatabasePath))
            {
                failures.Add("Set 'Storage:DatabasePath' to the SQLite file of the bot.");
            }

            if (!JournalModes.Contains(options.JournalMode?.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"Set 'Storage:JournalMode' to auto, wal or delete (it is '{options.JournalMode}').");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (!Authentications.Contains(options.Authentication?.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"Set 'Storage:Authentication' to password or managedidentity (it is '{options.Authentication}').");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Set 'Storage:ConnectionString' to the PostgreSQL connection string (Npgsql format): Storage:Provider is postgres.");
            return ValidateOptionsResult.Fail(failures);
        }

        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            // The message of a bad connection string may quote it: name the key, not the value (it may hold a password).
            failures.Add("'Storage:ConnectionString' is not a valid Npgsql connection string (Host=…;Database=…;Username=…).");
            return ValidateOptionsResult.Fail(failures);
        }

        if (string.IsNullOrWhiteSpace(parsed.Host))
        {
            failures.Add("'Storage:ConnectionString' needs a Host.");
        }

        if (options.UsesManagedIdentity)
        {
            if (!string.IsNullOrEmpty(parsed.Password))
            {
                failures.Add("'Storage:ConnectionString' must not carry a password with Storage:Authentication=managedidentity: the access token is the password.");
            }

            if (string.IsNullOrWhiteSpace(parsed.Username))
            {
                failures.Add("'Storage:ConnectionString' needs Username (the managed identity's name in PostgreSQL) with Storage:Authentication=managedidentity.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

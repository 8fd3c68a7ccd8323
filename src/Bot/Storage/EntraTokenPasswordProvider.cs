using Azure.Core;

namespace Mednum49.Bot.Storage;

/// <summary>
/// The password of Azure Database for PostgreSQL with Entra ID authentication: an access token of the app's managed
/// identity. Npgsql asks for it periodically (<see cref="PollInterval"/>, see <see cref="PostgresDatabase"/>); the
/// token is kept while it has more than <see cref="RefreshMargin"/> to live and fetched again before it expires. If
/// fetching fails while the current token is still valid, the current one is kept (and fetching is tried again at the
/// next poll), so a passing Entra outage never breaks new connections before it has to.
/// </summary>
public sealed class EntraTokenPasswordProvider(TokenCredential credential, TimeProvider time, ILogger<EntraTokenPasswordProvider> logger)
{
    /// <summary>The audience of Azure Database for PostgreSQL (every cloud region, Flexible Server).</summary>
    public const string Scope = "https://ossrdbms-aad.database.windows.net/.default";

    /// <summary>Tokens live 60–90 minutes; one is replaced when it has less than this to live.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(10);

    /// <summary>How often Npgsql asks for the password: cheap (a cached token) and well inside the margin.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(1);

    /// <summary>How soon Npgsql asks again after a failure.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private AccessToken? _current;

    public async ValueTask<string> GetPasswordAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_current) is { } cached)
        {
            return cached.Token;
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_current) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile.Token;
            }

            try
            {
                var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
                _current = token;
                logger.LogInformation("PostgreSQL access token obtained, valid until {ExpiresOn}", token.ExpiresOn);
                return token.Token;
            }
            catch (Exception failure) when (failure is not OperationCanceledException && _current is { } old && old.ExpiresOn > time.GetUtcNow())
            {
                logger.LogWarning(failure, "Could not renew the PostgreSQL access token; the current one stays in use until {ExpiresOn}", old.ExpiresOn);
                return old.Token;
            }
        }
        finally
        {
            _fetching.Release();
        }
    }

    private AccessToken? Fresh(AccessToken? token) =>
        token is { } t && t.ExpiresOn - time.GetUtcNow() > RefreshMargin ? t : null;
}

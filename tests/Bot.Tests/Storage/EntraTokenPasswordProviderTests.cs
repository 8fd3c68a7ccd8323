using Azure.Core;
using Mednum49.Bot.Storage;
using Mednum49.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Mednum49.Bot.Tests.Storage;

/// <summary>Azure Database for PostgreSQL with Entra ID: the managed identity's token is the password, renewed before it expires.</summary>
public sealed class EntraTokenPasswordProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Start);

    /// <summary>A credential that hands out numbered tokens valid for an hour of the test's clock, or fails when told to.</summary>
    private sealed class FakeCredential(ManualClock clock, string? fixedToken = null) : TokenCredential
    {
        public int Calls { get; private set; }

        public List<string[]> Scopes { get; } = [];

        public bool Failing { get; set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Calls++;
            Scopes.Add(requestContext.Scopes);
            if (Failing)
            {
                throw new Azure.Identity.CredentialUnavailableException("Entra is down");
            }

            return ValueTask.FromResult(new AccessToken(fixedToken ?? $"token-{Calls}", clock.GetUtcNow().AddHours(1)));
        }
    }

    private EntraTokenPasswordProvider Provider(TokenCredential credential) =>
        new(credential, _clock, NullLogger<EntraTokenPasswordProvider>.Instance);

    [Fact]
    public async Task The_token_is_asked_for_the_postgres_audience_and_reused_while_it_is_fresh()
    {
        var credential = new FakeCredential(_clock);
        var provider = Provider(credential);

        var first = await provider.GetPasswordAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(49));
        var later = await provider.GetPasswordAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", later);
        Assert.Equal(1, credential.Calls);
        Assert.Equal(["https://ossrdbms-aad.database.windows.net/.default"], credential.Scopes.Single());
    }

    [Fact]
    public async Task A_new_token_is_fetched_before_the_current_one_expires()
    {
        var credential = new FakeCredential(_clock);
        var provider = Provider(credential);
        await provider.GetPasswordAsync(CancellationToken.None);

        // Within the refresh margin of the expiry (an hour), the next poll renews it.
        _clock.Advance(TimeSpan.FromHours(1) - EntraTokenPasswordProvider.RefreshMargin + TimeSpan.FromSeconds(1));
        var renewed = await provider.GetPasswordAsync(CancellationToken.None);

        Assert.Equal("token-2", renewed);
        Assert.True(EntraTokenPasswordProvider.PollInterval < EntraTokenPasswordProvider.RefreshMargin, "Npgsql polls often enough to renew in time");
    }

    [Fact]
    public async Task A_failed_renewal_keeps_the_still_valid_token_and_an_expired_one_is_never_given()
    {
        var credential = new FakeCredential(_clock);
        var provider = Provider(credential);
        await provider.GetPasswordAsync(CancellationToken.None);
        credential.Failing = true;

        _clock.Advance(TimeSpan.FromMinutes(55));
        var stillValid = await provider.GetPasswordAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal("token-1", stillValid);
        await Assert.ThrowsAsync<Azure.Identity.CredentialUnavailableException>(() => provider.GetPasswordAsync(CancellationToken.None).AsTask());
        credential.Failing = false;
        Assert.Equal("token-4", await provider.GetPasswordAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task The_data_source_signs_in_with_the_token_as_its_password()
    {
        // The test server's role password plays the access token: a real sign-in with nothing in the connection string.
        PostgresServer.Require();
        var server = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString);
        var credential = new FakeCredential(_clock, fixedToken: server.Password);
        var withoutPassword = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Password = null, Pooling = false }.ConnectionString;
        var options = new StorageOptions { Provider = "postgres", ConnectionString = withoutPassword, Authentication = "managedidentity" };

        await using var dataSource = PostgresDatabase.CreateDataSource(options, () => credential, NullLoggerFactory.Instance, _clock);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var query = new NpgsqlCommand("SELECT current_user;", connection);

        Assert.Equal(server.Username, (string?)await query.ExecuteScalarAsync());
        Assert.Equal(1, credential.Calls);
    }
}

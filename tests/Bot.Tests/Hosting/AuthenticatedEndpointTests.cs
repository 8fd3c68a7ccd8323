using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Mednum49.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mednum49.Bot.Tests.Hosting;

/// <summary>
/// <c>/api/messages</c> with authentication on (an app id and its secret), over HTTP with the real host: a request
/// that cannot carry a Bot Connector token is refused 401 before its body is read, and every malformed or invalid
/// token is a 401 too — never a 500, never an error logged with a stack trace.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class AuthenticatedEndpointTests : RealHostTests
{
    private readonly LogRecorder _logs = new();

    protected override BotHostFactory CreateHost() => new(
        settings: new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b0",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-0000000000a0",
        },
        services: services => services.AddSingleton<ILoggerProvider>(_logs));

    private HttpRequestMessage Post(string? authorization, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = content ?? JsonContent.Create(ActivityPayloads.EmulatorMessage(Channel.ServiceUrl, "bonjour")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_401()
    {
        var response = await Client.SendAsync(Post(authorization: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_large_body_without_a_token_is_refused_401_before_it_is_read()
    {
        // 200 KB, under the size limit: only the missing token can refuse it, and the handler does so unread.
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"" + new string('x', 200 * 1024) + "\"}"));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await Client.SendAsync(Post("Basic dXNlcjpwYXNz", body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(_logs.Entries, e => e.Message.Contains("without a bearer token", StringComparison.Ordinal));
    }

    public static TheoryData<string> MalformedTokens() => new()
    {
        "Bearer",
        "Bearer ",
        "Bearer not-a-jwt",
        "Bearer a.b",
        "Bearer a.b.c",
        "Bearer e30.e30.c2ln",
        "Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.x",
        "Bearer %%%.%%%.%%%",
        "Bearer " + new string('A', 20_000) + ".e30.c2ln",
        "bearer eyJ.eyJ.sig extra",
        "Token abc.def.ghi",
    };

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task A_malformed_token_is_refused_401_without_an_error_log(string authorization)
    {
        var response = await Client.SendAsync(Post(authorization));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(_logs.Entries, e => e.Exception is not null && e.Category.StartsWith("Mednum49", StringComparison.Ordinal));
    }

    /// <summary>Records what the host logs.</summary>
    private sealed class LogRecorder : ILoggerProvider
    {
        public ConcurrentQueue<LogEntry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Recorder(string category, ConcurrentQueue<LogEntry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
        }
    }

    private sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
}

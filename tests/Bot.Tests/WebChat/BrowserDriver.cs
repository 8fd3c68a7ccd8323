using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// A real headless Chromium driven by <c>tools/node/browser-driver.mjs</c> (npm playwright-core): one JSON command a
/// line, one answer a line. Every <see cref="OpenAsync"/> is a fresh browser context.
/// </summary>
public sealed class BrowserDriver : IAsyncDisposable
{
    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly System.Text.StringBuilder _errors = new();
    private int _nextId;

    private BrowserDriver(Process process) => _process = process;

    public string Version { get; private set; } = "";

    public static async Task<BrowserDriver> StartAsync()
    {
        var executable = Chromium.ExecutablePath
            ?? throw new InvalidOperationException("Chromium is missing: CI installs it with .ci/setup.d/30-chromium.sh (Debian's chromium package).");
        var tools = NodeTools.Directory("playwright-core");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("browser-driver.mjs");
        start.ArgumentList.Add("--executable");
        start.ArgumentList.Add(executable);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("The browser tests need Node.js on the PATH (`node`), as CI installs it.", error);
        }

        var driver = new BrowserDriver(process);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (driver._errors)
            {
                driver._errors.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        var ready = await driver.ReadAnswerAsync(TimeSpan.FromSeconds(60));
        driver.Version = (string?)ready?["version"] ?? "";
        return driver;
    }

    public Task OpenAsync(Uri url, int width = 1280, int height = 800) =>
        SendAsync("open", new JsonObject { ["url"] = url.ToString(), ["width"] = width, ["height"] = height });

    public Task FillAsync(string selector, string text, string? press = null) =>
        SendAsync("fill", new JsonObject { ["selector"] = selector, ["text"] = text, ["press"] = press });

    public Task ClickAsync(string selector, string? text = null) =>
        SendAsync("click", new JsonObject { ["selector"] = selector, ["text"] = text });

    /// <summary>The text of the first visible element matching <paramref name="selector"/> whose text contains <paramref name="text"/>, once there.</summary>
    public async Task<string> WaitForTextAsync(string selector, string text, TimeSpan? timeout = null) =>
        (string?)await SendAsync("waitForText", new JsonObject { ["selector"] = selector, ["text"] = text, ["timeout"] = (timeout ?? TimeSpan.FromSeconds(60)).TotalMilliseconds }) ?? "";

    public async Task<IReadOnlyList<string>> TextsAsync(string selector) =>
        [.. ((await SendAsync("texts", new JsonObject { ["selector"] = selector }))?.AsArray() ?? []).Select(t => (string?)t ?? "")];

    public Task<JsonNode?> EvaluateAsync(string expression) => SendAsync("evaluate", new JsonObject { ["expression"] = expression });

    public Task ScreenshotAsync(string path) => SendAsync("screenshot", new JsonObject { ["path"] = path });

    /// <summary>Console errors, uncaught page errors and failed requests since the page was opened.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync() =>
        [.. ((await SendAsync("problems", []))?.AsArray() ?? []).Select(t => (string?)t ?? "")];

    private async Task<JsonNode?> SendAsync(string op, JsonObject arguments)
    {
        await _gate.WaitAsync();
        try
        {
            var id = ++_nextId;
            arguments["id"] = id;
            arguments["op"] = op;
            await _process.StandardInput.WriteLineAsync(arguments.ToJsonString());
            await _process.StandardInput.FlushAsync();
            // A guard against a hung browser, not a performance assertion: waits inside are bounded by their own timeouts.
            return await ReadAnswerAsync(TimeSpan.FromSeconds(90), id, op);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<JsonNode?> ReadAnswerAsync(TimeSpan timeout, int id = 0, string op = "start")
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            string? line;
            try
            {
                line = await _process.StandardOutput.ReadLineAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The browser driver did not answer '{op}' within {timeout}. {StandardError()}");
            }

            if (line is null)
            {
                throw new InvalidOperationException($"The browser driver exited during '{op}': {StandardError()}");
            }

            var answer = JsonNode.Parse(line);
            if ((int?)answer?["id"] != id)
            {
                continue;
            }

            return (bool?)answer!["ok"] == true
                ? answer["result"]?.DeepClone()
                : throw new BrowserCommandException($"'{op}' failed in the browser: {(string?)answer["error"]}");
        }
    }

    private string StandardError()
    {
        lock (_errors)
        {
            return _errors.ToString().Trim();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id = -1, op = "close" }));
                await _process.StandardInput.FlushAsync();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _process.WaitForExitAsync(grace.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // Our own child process only: stop it (and its Chromium) if it did not close.
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
            _gate.Dispose();
        }
    }
}

public sealed class BrowserCommandException(string message) : Exception(message);

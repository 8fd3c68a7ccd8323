using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Hosting;

/// <summary>
/// A mistake in the settings, told the same way by the web host and every command: one line on stderr naming the
/// key to fix (<c>Configuration error: …</c>) and exit code 1, never a stack trace.
/// </summary>
public static class ConfigurationErrors
{
    public const string Prefix = "Configuration error: ";

    public const int ExitCode = 1;

    /// <summary>
    /// Runs the options' start-up validation (<c>ValidateOnStart</c>) now, before the host starts or a command
    /// resolves a service: a bad setting then surfaces here, not as an error logged by the host or deep in a command.
    /// </summary>
    public static void ValidateConfiguration(this IHost host) =>
        host.Services.GetService<IStartupValidator>()?.Validate();

    /// <summary>The line to print when <paramref name="exception"/> is a configuration mistake, else null.</summary>
    public static string? Describe(Exception exception) =>
        Failures(exception) is { Count: > 0 } failures ? Prefix + string.Join(" ", failures.Distinct()) : null;

    private static List<string>? Failures(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        // Several sections invalid at once: each failure, if all of them are configuration mistakes.
        AggregateException many => many.InnerExceptions.Select(Failures).ToList() is var all && all.All(f => f is not null)
            ? [.. all.SelectMany(f => f!)]
            : null,
        // "Failed to convert configuration value … at 'AzureOpenAI:TimeBudget' to type 'System.TimeSpan'.": names the key.
        InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" } binding => [binding.Message],
        _ => null,
    };
}

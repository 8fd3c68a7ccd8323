using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Hosting;

/// <summary>
/// Fails closed: outside Development the host refuses to start without an app id, unless
/// <c>Bot:AllowUnauthenticated</c> says so explicitly. Each message names the key to set.
/// </summary>
internal sealed class BotFrameworkOptionsValidator(IHostEnvironment environment, IOptions<BotOptions> botOptions)
    : IValidateOptions<BotFrameworkOptions>
{
    private static readonly string[] KnownAppTypes = ["SingleTenant", "UserAssignedMSI", "MultiTenant"];

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        if (options.AuthenticationDisabled)
        {
            return environment.IsDevelopment() || botOptions.Value.AllowUnauthenticated
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"'MicrosoftAppId' is not set and the environment is '{environment.EnvironmentName}'. " +
                    "Outside Development the bot refuses to run without authentication. Set 'MicrosoftAppId' " +
                    "(with 'MicrosoftAppType' and 'MicrosoftAppTenantId'), or set 'Bot:AllowUnauthenticated' to true " +
                    "for local use only.");
        }

        var failures = new List<string>();
        var appType = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? "MultiTenant" : options.MicrosoftAppType;
        if (!KnownAppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"'MicrosoftAppType' is '{appType}'; use 'SingleTenant' or 'UserAssignedMSI'.");
        }

        if (!appType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"'MicrosoftAppTenantId' is required when 'MicrosoftAppType' is '{appType}'.");
        }

        // A MultiTenant app (also the SDK's default when no type is set) only has a client secret to prove who it is.
        if ((appType.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase) || appType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase))
            && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"'MicrosoftAppPassword' is required when 'MicrosoftAppType' is '{appType}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

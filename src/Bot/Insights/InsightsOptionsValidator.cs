using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Insights;

/// <summary>
/// Fails start-up, naming the key, when recording is on outside Development without a secret for the users'
/// pseudonyms, or with one too short to resist guessing.
/// </summary>
internal sealed class InsightsOptionsValidator(IHostEnvironment environment) : IValidateOptions<InsightsOptions>
{
    public ValidateOptionsResult Validate(string? name, InsightsOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.UserKeySecret))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"'{InsightsOptions.Section}:UserKeySecret' is not set and the environment is '{environment.EnvironmentName}'. " +
                    $"Set it to a random secret of at least {InsightsOptions.MinimumSecretLength} characters (the key of the users' pseudonyms), " +
                    $"or set '{InsightsOptions.Section}:Enabled' to false.");
        }

        return options.UserKeySecret.Trim().Length < InsightsOptions.MinimumSecretLength
            ? ValidateOptionsResult.Fail($"'{InsightsOptions.Section}:UserKeySecret' is shorter than {InsightsOptions.MinimumSecretLength} characters: use a longer random secret.")
            : ValidateOptionsResult.Success;
    }
}

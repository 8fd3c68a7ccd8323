namespace Mednum49.Bot.Hosting;

/// <summary>Configuration section <c>Bot</c>: our own settings, beside the Bot Framework credentials.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>
    /// Lets the host run without a <c>MicrosoftAppId</c> outside Development. For local use only (a machine with
    /// no credentials, the Emulator): never in a deployment reachable from the Internet.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }
}

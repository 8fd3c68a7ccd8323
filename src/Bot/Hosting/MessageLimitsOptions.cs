namespace Mednum49.Bot.Hosting;

/// <summary>Limits of <c>/api/messages</c>, in the configuration section <c>Bot</c> (see <see cref="MessagesEndpoint"/>).</summary>
public sealed class MessageLimitsOptions
{
    public const string Section = BotOptions.Section;

    /// <summary>The default maximum body: a Teams activity with a card submission is a few KB; 256 KB leaves room.</summary>
    public const long DefaultMaxRequestBodyBytes = 256 * 1024;

    /// <summary>
    /// The largest body accepted on <c>/api/messages</c>, in bytes (<c>Bot:MaxRequestBodyBytes</c>); beyond it the
    /// request is answered 413 before the body is read.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}

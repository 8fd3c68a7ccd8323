using Mednum49.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.WebChat;

/// <summary>What the page talks to, decided once from the configuration.</summary>
public enum WebChatModeKind
{
    /// <summary>No page, no token, no local Direct Line: every route of the feature answers 404.</summary>
    Off,

    /// <summary>No <c>MicrosoftAppId</c>: the in-process Direct Line subset, no Azure involved.</summary>
    Local,

    /// <summary><c>MicrosoftAppId</c> set and <c>WebChat:Enabled</c>: tokens from the Azure Bot's Direct Line channel.</summary>
    DirectLine,
}

/// <summary>
/// The mode of the Web Chat feature. Read per request rather than when the routes are mapped, so that a configuration
/// error surfaces at start as the usual one-line message, never as an exception while mapping.
/// </summary>
public sealed class WebChatMode(IOptions<BotFrameworkOptions> botFramework, IOptions<WebChatOptions> webChat)
{
    private readonly Lazy<WebChatModeKind> _kind = new(() => Decide(botFramework.Value, webChat.Value));

    public WebChatModeKind Kind => _kind.Value;

    public bool PageEnabled => Kind != WebChatModeKind.Off;

    /// <summary>The local Direct Line and connector routes exist only without authentication.</summary>
    public bool LocalDirectLine => Kind == WebChatModeKind.Local;

    public static WebChatModeKind Decide(BotFrameworkOptions botFramework, WebChatOptions webChat) =>
        botFramework.AuthenticationDisabled
            ? webChat.Enabled == false ? WebChatModeKind.Off : WebChatModeKind.Local
            : webChat.Enabled == true ? WebChatModeKind.DirectLine : WebChatModeKind.Off;
}

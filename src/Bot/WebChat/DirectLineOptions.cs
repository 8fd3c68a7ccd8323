namespace Mednum49.Bot.WebChat;

/// <summary>Configuration section <c>DirectLine</c>: the Azure Bot's Direct Line channel, for the page in Azure mode.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    public const string DefaultEndpoint = "https://directline.botframework.com/v3/directline";

    /// <summary>A secret of the Direct Line channel's site. Stays on the server: the page only ever gets a conversation token.</summary>
    public string? Secret { get; set; }

    /// <summary>The Direct Line 3.0 API (a regional one such as <c>https://europe.directline.botframework.com/v3/directline</c>).</summary>
    public string Endpoint { get; set; } = DefaultEndpoint;
}

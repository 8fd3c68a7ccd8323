namespace Mednum49.Bot.Tests.WebChat;

/// <summary>What the tests look for on the page: Web Chat 4.18's own class names and data ids, and the page's.</summary>
public static class WebChatPage
{
    public const string SendBox = "[data-id=\"webchat-sendbox-input\"]";
    public const string Card = ".ac-adaptiveCard";
    public const string CardButton = ".ac-pushButton";
    public const string SuggestedAction = "button.webchat__suggested-action";
    public const string UserBubble = ".webchat__bubble--from-user";
    public const string Bubble = ".webchat__bubble__content";
    public const string Examples = "#examples button";
    public const string Banner = ".banner";
}

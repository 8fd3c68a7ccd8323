using Mednum49.Bot.WebChat.Local;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.WebChat;

public static class WebChatHostingExtensions
{
    /// <summary>
    /// The Web Chat page and where its token comes from: the in-process Direct Line in local mode (no
    /// <c>MicrosoftAppId</c>), the Azure Bot's Direct Line channel otherwise (<c>WebChat:Enabled</c>, <c>DirectLine:Secret</c>).
    /// Needs <c>AddBotFrameworkEndpoint()</c> (the credentials and the adapter the local channel runs turns through).
    /// </summary>
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>();
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WebChatMode>();

        builder.Services.AddSingleton<LocalDirectLineTokens>();
        builder.Services.AddSingleton<LocalConversationStore>();
        builder.Services.AddSingleton<LocalChannel>();
        builder.Services.AddSingleton<LocalTokenSource>();
        builder.Services.AddHttpClient<DirectLineTokenExchange>(DirectLineTokenExchange.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddTransient<IWebChatTokenSource>(services =>
            services.GetRequiredService<WebChatMode>().Kind == WebChatModeKind.Local
                ? services.GetRequiredService<LocalTokenSource>()
                : services.GetRequiredService<DirectLineTokenExchange>());
        return builder;
    }
}

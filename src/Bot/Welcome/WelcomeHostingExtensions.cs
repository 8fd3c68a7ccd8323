using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mednum49.Bot.Welcome;

public static class WelcomeHostingExtensions
{
    /// <summary>The welcome of new users and conversations, remembered in the bot's <c>IStorage</c>.</summary>
    public static IHostApplicationBuilder AddWelcome(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<Welcomer>();
        return builder;
    }
}

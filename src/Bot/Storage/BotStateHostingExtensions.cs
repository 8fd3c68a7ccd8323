using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Storage;

public static class BotStateHostingExtensions
{
    /// <summary>
    /// Conversation and user state (dialogs, welcome flags…) in the database, so they survive a restart.
    /// Needs <see cref="StorageHostingExtensions.AddDatabase"/>.
    /// </summary>
    public static IHostApplicationBuilder AddBotState(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStore<IStorage, SqliteStorage, PostgresStorage>();
        return builder;
    }
}

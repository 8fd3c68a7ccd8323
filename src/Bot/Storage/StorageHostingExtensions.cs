namespace Mednum49.Bot.Storage;

public static class StorageHostingExtensions
{
    /// <summary>The embedded SQLite database (<c>Storage:DatabasePath</c>) shared by the bot state and the notes.</summary>
    public static IHostApplicationBuilder AddEmbeddedDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteDatabase>();
        return builder;
    }
}

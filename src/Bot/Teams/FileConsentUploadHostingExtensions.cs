using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mednum49.Bot.Teams;

public static class FileConsentUploadHostingExtensions
{
    /// <summary>The shared upload (called by every feature that exports through Teams' file consent; idempotent).</summary>
    public static IServiceCollection AddFileConsentUpload(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(FileConsentUpload)))
        {
            return services;
        }

        services.TryAddSingleton<FileConsentUpload>();
        services.AddHttpClient(FileConsentUpload.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }
}

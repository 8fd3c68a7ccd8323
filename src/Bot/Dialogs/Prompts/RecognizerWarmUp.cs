using System.Diagnostics;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Builds the French number and date recognisers in the background at start-up. Their first use compiles many
/// regular expressions (seconds on a small machine): without this, the first user to answer a prompt with "la
/// deuxième" or a date would wait for it, close to Teams' 15-second limit.
/// </summary>
public sealed class RecognizerWarmUp(ILogger<RecognizerWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var watch = Stopwatch.StartNew();
        FrenchNumbers.OrdinalIndex("la deuxième", 3);
        FrenchNumbers.FirstInteger("deux");
        FrenchDateTimes.Recognize("lundi à 9h30", DateTime.Now);
        logger.LogInformation("French recognisers ready in {ElapsedMs} ms", watch.ElapsedMilliseconds);
    }, stoppingToken);
}

using Mednum49.Bot.Cli;
using Mednum49.Bot.Hosting;
using Mednum49.Bot.Insights;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;
using Mednum49.Bot.WebChat;
using Mednum49.Knowledge;

// Subcommands (ask, chat, validate…) run instead of the web host; see Cli/CliApp.cs.
if (CliApp.Handles(args))
{
    return await CliApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(LocalEnvironment.Options(args));

builder.AddKnowledge();
builder.AddDatabase();
builder.AddConversation();
builder.AddNotes();
builder.AddInsights();
builder.AddBotFrameworkEndpoint();
builder.AddWebChat();

var app = builder.Build();

app.MapBotEndpoints();
app.MapWebChat();

try
{
    app.ValidateConfiguration();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (ConfigurationErrors.Describe(e) is { } error)
{
    // A configuration mistake, not a crash: say which keys to fix and stop (checked before the host starts, so the
    // host logs no stack trace). Disposed as RunAsync would have: a test host then sees it never ran.
    await Console.Error.WriteLineAsync(error);
    await app.DisposeAsync();
    return ConfigurationErrors.ExitCode;
}

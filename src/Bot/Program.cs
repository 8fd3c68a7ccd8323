using Mednum49.Bot.Cli;
using Mednum49.Bot.Hosting;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;
using Mednum49.Bot.WebChat;
using Mednum49.Knowledge;
using Microsoft.Extensions.Options;

// Subcommands (ask, chat, validate…) run instead of the web host; see Cli/CliApp.cs.
if (CliApp.Handles(args))
{
    return await CliApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(LocalEnvironment.Options(args));

builder.AddKnowledge();
builder.AddEmbeddedDatabase();
builder.AddConversation();
builder.AddNotes();
builder.AddBotFrameworkEndpoint();
builder.AddWebChat();

var app = builder.Build();

app.MapBotEndpoints();
app.MapWebChat();

try
{
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A configuration mistake, not a crash: say which keys to fix and stop.
    await Console.Error.WriteLineAsync($"Configuration error: {string.Join(" ", invalid.Failures)}");
    return 1;
}

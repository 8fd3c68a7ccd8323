using Mednum49.Bot.Adapters;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Tests.Adapters;

public sealed class SharedConnectorContractsTests
{
    private static async Task<ConnectorClient> RunTurnWithAsync(ConnectorClient connector)
    {
        var adapter = new TestAdapter();
        using var turn = new TurnContext(adapter, new Activity(ActivityTypes.Message) { Text = "bonjour" });
        turn.TurnState.Add<IConnectorClient>(connector);
        await new SharedConnectorContracts().OnTurnAsync(turn, _ => Task.CompletedTask);
        return connector;
    }

    [Fact]
    public async Task Connector_clients_of_different_turns_serialise_with_one_resolver()
    {
        // Real clients of the SDK, as CloudAdapter makes one per turn: each comes with its own resolver.
        using var first = new ConnectorClient(new Uri("http://localhost/"));
        using var second = new ConnectorClient(new Uri("http://localhost/"));
        Assert.NotSame(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);

        await RunTurnWithAsync(first);
        await RunTurnWithAsync(second);

        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.DeserializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
    }

    [Fact]
    public async Task The_shared_resolver_writes_an_activity_as_the_clients_own_did()
    {
        using var fresh = new ConnectorClient(new Uri("http://localhost/"));
        using var shared = await RunTurnWithAsync(new ConnectorClient(new Uri("http://localhost/")));
        var activity = MessageFactory.Text("Réponse", "Réponse");
        activity.Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: new Newtonsoft.Json.Linq.JObject { ["type"] = "AdaptiveCard" })];

        Assert.Equal(
            Microsoft.Rest.Serialization.SafeJsonConvert.SerializeObject(activity, fresh.SerializationSettings),
            Microsoft.Rest.Serialization.SafeJsonConvert.SerializeObject(activity, shared.SerializationSettings));
    }
}

using Mednum49.Bot.Notes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Notes;

public sealed class TenantPolicyTests
{
    private const string Allowed = "9a8b7c6d-1111-2222-3333-444455556666";
    private const string Other = "0f0e0d0c-aaaa-bbbb-cccc-ddddeeeeffff";

    private static TenantPolicy Policy(params string[] tenants) => new(Options.Create(new TenantOptions { AllowedTenants = [.. tenants] }));

    // As Teams sends it over the wire: the tenant in channelData and in the conversation.
    private static Activity TeamsMessage(string? channelDataTenant, string? conversationTenant) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Conversation = new ConversationAccount(id: "a:1") { TenantId = conversationTenant },
        ChannelData = channelDataTenant is null ? null : JObject.Parse($$"""{ "tenant": { "id": "{{channelDataTenant}}" } }"""),
    };

    [Fact]
    public void A_user_of_an_allowed_tenant_may_submit_whichever_field_carries_it_and_in_any_case()
    {
        var policy = Policy(Allowed);

        Assert.True(policy.IsAllowed(TeamsMessage(Allowed, Allowed)));
        Assert.True(policy.IsAllowed(TeamsMessage(Allowed.ToUpperInvariant(), null)));
        Assert.True(policy.IsAllowed(TeamsMessage(null, Allowed)));
    }

    [Fact]
    public void Another_tenant_no_tenant_or_disagreeing_tenants_are_refused()
    {
        var policy = Policy(Allowed);

        Assert.False(policy.IsAllowed(TeamsMessage(Other, Other)));
        Assert.False(policy.IsAllowed(TeamsMessage(null, null)));
        Assert.False(policy.IsAllowed(TeamsMessage(Other, Allowed)));
        Assert.False(policy.IsAllowed(new Activity { Type = ActivityTypes.Message, ChannelId = "webchat", Conversation = new ConversationAccount(id: "c") }));
    }

    [Fact]
    public void With_no_tenant_configured_anyone_may_submit_for_local_use()
    {
        var policy = Policy();

        Assert.True(policy.AllowsAnyTenant);
        Assert.True(policy.IsAllowed(new Activity { Type = ActivityTypes.Message, ChannelId = "emulator" }));
        Assert.True(policy.IsAllowed(TeamsMessage(Other, Other)));
    }

    [Fact]
    public void Channel_data_of_another_shape_has_no_tenant()
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "slack", ChannelData = JObject.Parse("""{ "tenant": "not an object", "SlackMessage": {} }""") };

        Assert.Null(TenantPolicy.TenantOf(activity));
        Assert.False(Policy(Allowed).IsAllowed(activity));
    }
}

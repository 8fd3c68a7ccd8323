using Mednum49.Bot.Notes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Tests.Notes;

public sealed class NotesAccessPolicyTests
{
    private const string CoordinatorAad = "11111111-2222-3333-4444-555555555555";

    // The shape App Service gives: environment variables with "__", read by the environment variables provider.
    private static IServiceProvider FromEnvironment(Dictionary<string, string?> variables)
    {
        var prefix = $"MEDNUM49_TEST_{Guid.NewGuid():N}_";
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(prefix + name, value);
        }

        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();
            var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
            collection.AddOptions<NotesAccessOptions>().BindConfiguration(NotesAccessOptions.Section);
            collection.AddSingleton<IValidateOptions<NotesAccessOptions>, NotesAccessOptionsValidator>();
            collection.AddSingleton<NotesAccessPolicy>();
            return collection.BuildServiceProvider();
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    private static NotesAccessPolicy Policy() => FromEnvironment(new()
    {
        ["Notes__Coordinators__0"] = CoordinatorAad,
        ["Notes__Coordinators__1"] = "Coordination@Exemple.fr",
        ["Notes__Animators__benevoles__0"] = People.Marie.AadObjectId,
        ["Notes__Animators__recherche_financement__0"] = "PAUL.BERNARD@exemple.fr",
    }).GetRequiredService<NotesAccessPolicy>();

    private static NoteUser Teams(string? aad = null, string? upn = null) => new("msteams", "29:someone", aad, "Quelqu'un", upn);

    [Fact]
    public void A_coordinator_reads_and_exports_every_group_by_object_id_or_upn_in_any_case()
    {
        var policy = Policy();
        var groups = new RoadmapWorkingGroups().All();

        Assert.All(groups, g => Assert.True(policy.CanRead(Teams(aad: CoordinatorAad.ToUpperInvariant()), g.Id)));
        Assert.All(groups, g => Assert.True(policy.CanExport(Teams(upn: "coordination@exemple.FR"), g.Id)));
        Assert.True(policy.IsCoordinator(Teams(aad: CoordinatorAad)));
        Assert.Equal(groups, policy.ReadableGroups(Teams(aad: CoordinatorAad), groups));
    }

    [Fact]
    public void An_animator_reads_her_group_only()
    {
        var policy = Policy();

        Assert.True(policy.CanRead(People.Marie, RoadmapWorkingGroups.Benevoles.Id));
        Assert.True(policy.CanExport(People.Marie, RoadmapWorkingGroups.Benevoles.Id));
        Assert.False(policy.CanRead(People.Marie, RoadmapWorkingGroups.Financement.Id));
        Assert.False(policy.CanExport(People.Marie, RoadmapWorkingGroups.Domicile.Id));
        Assert.False(policy.IsCoordinator(People.Marie));
        Assert.Equal([RoadmapWorkingGroups.Benevoles], policy.ReadableGroups(People.Marie, new RoadmapWorkingGroups().All()));
    }

    [Fact]
    public void An_animator_configured_by_upn_under_an_underscored_key_reads_the_hyphenated_group()
    {
        var policy = Policy();

        Assert.True(policy.CanRead(People.Paul, "group:recherche-financement"));
        Assert.False(policy.CanRead(People.Paul with { UserPrincipalName = null }, "group:recherche-financement"));
        Assert.False(policy.CanRead(People.Paul, RoadmapWorkingGroups.Benevoles.Id));
    }

    [Fact]
    public void Everyone_else_reads_nothing_known_or_unknown()
    {
        var policy = Policy();
        var stranger = Teams(aad: Guid.NewGuid().ToString(), upn: "inconnu@exemple.fr");

        Assert.All(new RoadmapWorkingGroups().All(), g => Assert.False(policy.CanRead(stranger, g.Id)));
        Assert.False(policy.CanRead(stranger, "group:inexistant"));
        Assert.False(policy.CanRead(new NoteUser("msteams", "29:x"), RoadmapWorkingGroups.Benevoles.Id));
    }

    [Fact]
    public void Ids_claimed_in_a_channel_that_does_not_vouch_for_them_give_no_access()
    {
        var policy = Policy();
        // A Web Chat page can send any "aadObjectId" it likes.
        var forged = new NoteUser("webchat", "dl_1", CoordinatorAad, "Faux", "coordination@exemple.fr");

        Assert.False(policy.CanRead(forged, RoadmapWorkingGroups.Benevoles.Id));
        Assert.False(policy.IsCoordinator(forged));
    }

    [Fact]
    public void Trusting_the_emulator_for_local_tests_is_a_setting()
    {
        var policy = FromEnvironment(new()
        {
            ["Notes__Coordinators__0"] = CoordinatorAad,
            ["Notes__IdentityChannels__0"] = "emulator",
        }).GetRequiredService<NotesAccessPolicy>();

        Assert.True(policy.IsCoordinator(new NoteUser("emulator", "u", CoordinatorAad)));
        Assert.True(policy.IsCoordinator(Teams(aad: CoordinatorAad)));
    }

    [Fact]
    public void With_nothing_configured_nobody_reads()
    {
        var policy = FromEnvironment([]).GetRequiredService<NotesAccessPolicy>();

        Assert.False(policy.CanRead(People.Marie, RoadmapWorkingGroups.Benevoles.Id));
    }

    [Fact]
    public void An_entry_that_is_neither_an_object_id_nor_a_upn_fails_validation_naming_the_key()
    {
        var services = FromEnvironment(new()
        {
            ["Notes__Coordinators__0"] = "Marie Lefèvre",
            ["Notes__Animators__benevoles__0"] = CoordinatorAad,
            ["Notes__Animators__benevoles__1"] = "pas-un-identifiant",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<NotesAccessOptions>>().Value);

        Assert.Contains(failure.Failures, f => f.Contains("'Notes:Coordinators:0'", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("'Notes:Animators:benevoles:1'", StringComparison.Ordinal));
        Assert.Equal(2, failure.Failures.Count());
    }

    [Theory]
    [InlineData("5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", true)]
    [InlineData("prenom.nom@exemple.fr", true)]
    [InlineData("Prénom Nom", false)]
    [InlineData("@exemple.fr", false)]
    [InlineData("nom@", false)]
    [InlineData("", false)]
    public void Identities_are_object_ids_or_upns(string entry, bool valid)
    {
        Assert.Equal(valid, NotesAccessPolicy.IsIdentity(entry));
    }
}

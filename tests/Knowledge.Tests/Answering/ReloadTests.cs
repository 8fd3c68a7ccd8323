using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed class ReloadTests : IDisposable
{
    private const string NewOrganisation = """

          - id: org:numerilien
            name: "Numérilien"
            aliases: [Numerilien]
            kind: association
            description: "Association qui accompagne les habitants dans leurs usages numériques."
            section: "Annexe 4 — Liste des participants"
        """;

    private readonly KnowledgeBaseCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    private KnowledgeBaseProvider CreateProvider() =>
        new(Options.Create(new KnowledgeOptions { DataPath = _copy.Folder }), NullLogger<KnowledgeBaseProvider>.Instance);

    [Fact]
    public void A_reloaded_knowledge_base_is_answered_with_a_rebuilt_matcher_and_index()
    {
        var provider = CreateProvider();
        using var engine = new AnswerEngine(provider);
        Assert.False(engine.Ask("Que fait Numérilien ?").Found);

        _copy.Write("organisations.yaml", _copy.Read("organisations.yaml").TrimEnd() + NewOrganisation + Environment.NewLine);
        Assert.True(provider.Reload().IsValid);

        var answer = engine.Ask("Que fait numerilien ?");
        Assert.Equal(2, engine.Generation);
        Assert.True(answer.Found);
        Assert.Equal("org:numerilien", answer.Sources[0].Id);
        Assert.Equal("org:numerilien", engine.Ask("association qui accompagne les habitants usages numériques Numérilien").Sources.FirstOrDefault()?.Id);
    }

    [Fact]
    public void Questions_asked_during_reloads_are_all_answered()
    {
        var provider = CreateProvider();
        using var engine = new AnswerEngine(provider);
        var questions = new[] { "Qui s'occupe du Vihierois ?", "Qui porte l'action B.6 ?", "Quelles actions pour les bibliothèques ?", "qui anime le groupe reconditionnement" };
        using var stop = new CancellationTokenSource();

        var askers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var answered = 0;
            do
            {
                Assert.All(questions, q => Assert.True(engine.Ask(q).Found));
                answered++;
            }
            while (!stop.IsCancellationRequested);

            return answered;
        })).ToList();

        for (var i = 0; i < 3; i++)
        {
            Assert.True(provider.Reload().IsValid);
        }

        stop.Cancel();
        Assert.All(askers, a => Assert.True(a.Result > 0));
        Assert.Equal(4, engine.Generation);
    }
}

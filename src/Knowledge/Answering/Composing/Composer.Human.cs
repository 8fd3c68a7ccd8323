using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    /// <summary>"Je veux parler à un humain": the bot says what it is and who coordinates the network.</summary>
    public Answer Human(RoadmapAction coordination)
    {
        var answer = New(QuestionKinds.Governance);
        answer.Title = "Je suis un assistant automatique et ne peux pas vous mettre en relation moi-même.";
        answer.Summary = $"Pour parler à quelqu'un, adressez-vous à la coordination de la {Kb.Document.Network} : {Names.LeadsOf(Kb, coordination)}, action {coordination.Code} « {coordination.Title} ».";
        answer.Fact($"Action {coordination.Code} — {coordination.Title} : portée par {Names.LeadsOf(Kb, coordination)}", coordination.Id);
        var people = LeadPeople(coordination.Leads).Take(3).ToList();
        people.ForEach(p => answer.Person(p));
        answer.Fact(people.Count == 0 ? "La feuille de route ne nomme pas de contact dans ce service et ne donne ni téléphone ni adresse électronique." : null, coordination.Id);
        answer.FollowUp($"Qui porte l'action {coordination.Code} ?");
        return answer.Build();
    }

    /// <summary>"L'UDCCAS a signé l'accord ?": oui or non first, from the signatories.</summary>
    private static string SignedYesNo(IReadOnlyList<Person> signatories, bool agreementAsked)
    {
        if (signatories.Count == 0)
        {
            return "Non : absent de la liste des signataires.";
        }

        var agreement = signatories.Any(p => p.SignedAgreement);
        var roadmap = signatories.Any(p => p.SignedRoadmap);
        return (agreementAsked, agreement, roadmap) switch
        {
            (true, true, _) => $"Oui : signataire de l'accord de coopération{(roadmap ? " et de la feuille de route" : "")}.",
            (true, false, _) => "Non : signataire de la feuille de route, mais pas de l'accord de coopération.",
            (false, _, true) => $"Oui : signataire de la feuille de route{(agreement ? " et de l'accord de coopération" : "")}.",
            _ => "Signataire de l'accord de coopération, mais pas de la feuille de route.",
        };
    }
}

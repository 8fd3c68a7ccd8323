namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The kinds of question the engine answers: the values of <see cref="Answer.Kind"/> and of
/// <see cref="Interpretation.Kind"/>. The identifiers are stable (a model's prompt names them).
/// </summary>
public static class QuestionKinds
{
    public const string Territory = "territory";
    public const string Places = "places";
    public const string Place = "place";
    public const string Location = "location";
    public const string Figures = "figures";
    public const string Action = "action";
    public const string Topic = "topic";
    public const string Organisation = "organisation";
    public const string Group = "group";
    public const string Governance = "governance";
    public const string Contacts = "contacts";
    public const string List = "list";
    public const string Context = "context";

    /// <summary>Answer kinds only: not for <see cref="Interpretation.Kind"/>.</summary>
    public const string Search = "search";
    public const string Ambiguous = "ambiguous";
    public const string OutOfScope = "out-of-scope";
    public const string Help = "help";

    /// <summary>A need (démarches, learning, equipment) in a place: the structures that serve it, nearest first.</summary>
    public const string Need = "need";

    /// <summary>Contact details (phone, e-mail, address, opening hours, website) the document does not give.</summary>
    public const string Details = "details";

    /// <summary>The kinds an <see cref="Interpretation"/> may name, described for a model's prompt.</summary>
    public static IReadOnlyList<QuestionKindDescription> All { get; } =
    [
        new(Territory,
            "Who handles digital inclusion in a place (an EPCI, a bassin/polarité/micro-territoire, a commune or former commune): who carries the actions, France Services, conseillers numériques, main actors, dynamics. Entities: one place name. Optional detail: a topic name to focus on (e.g. \"seniors\").",
            "Qui s'occupe du Vihierois ?"),
        new(Places,
            "Which places or staff of one kind are in a place. Entities: one place name (none = the whole department). Detail (required): france-services | conseillers | centres-sociaux | fablabs | mediatheques | cybercentres | ccas; add \"+count\" to ask how many.",
            "Quelles France Services dans Anjou Bleu Communauté ?"),
        new(Place,
            "One named local structure (a France Services, a centre social, a fablab, a médiathèque…): where it is, who runs it, what it does. Entities: its name.",
            "Où se trouve le BricoLAB ?"),
        new(Location,
            "Which commune nouvelle, bassin/polarité and EPCI a commune or former commune belongs to. Entities: one commune name.",
            "Dans quel bassin est Vernantes ?"),
        new(Figures,
            "Population or number of communes of an EPCI, a subdivision or a commune. Entities: one place name. Detail: population | communes.",
            "Combien d'habitants dans Baugeois Vallée ?"),
        new(Action,
            "A roadmap action and who leads it. Entities: an action code (\"B.6\", \"A.1.2.a\") or its title, or an axis (\"axe C\") to list its actions.",
            "Qui porte l'action B.6 ?"),
        new(Topic,
            "What the roadmap does on a theme (gens du voyage, parentalité, seniors, jeunes, bibliothèques, reconditionnement, sobriété, financement, formation des élus…): actions, working groups, structures. Entities: the theme, optionally a place. Detail: actions | groups | contacts to focus.",
            "Qui s'occupe des gens du voyage ?"),
        new(Organisation,
            "What an organisation or one of its services does and leads (actions, working groups, commitments, where it acts). Entities: its name or acronym (CAF49, CD49, Cyb@njou, BiblioPôle). Detail: actions to list its actions first.",
            "Que fait Anjou Numérique ?"),
        new(Group,
            "A working group and who leads it, or all the working groups. Entities: the group's title or theme (none = all groups).",
            "Qui anime le groupe de travail reconditionnement ?"),
        new(Governance,
            "Governance: the instances (comité de pilotage, comité de partenaires, groupe animation & coordination), their frequency and composition, the cooperation agreement (duration, joining, withdrawal, objectives) and the signatories. Entities: an instance, \"accord de coopération\", or an organisation for its signatory. Detail: frequency | composition | duration | withdrawal | joining | objectives | signatories.",
            "À quelle fréquence se réunit le comité de pilotage ?"),
        new(Contacts,
            "The people the document names for a structure, an action, a topic or a place, or who a named person is. The document gives no phone number or e-mail. Entities: the structure, topic or person.",
            "Qui est le contact des Francas ?"),
        new(List,
            "Lists. Detail: axes | actions (entities: an axis, or none for all) | groups | territories | subdivisions (entities: an EPCI) | communes (entities: a subdivision or EPCI) | organisations | signatories | france-services.",
            "Quelles sont les actions de l'axe C ?"),
        new(Context,
            "National and departmental context the document gives (France Relance, France Numérique Ensemble, the 34 conseillers numériques of Maine-et-Loire, the Mednum49 itself). Entities: the subject.",
            "Combien de conseillers numériques en Maine-et-Loire ?"),
    ];
}

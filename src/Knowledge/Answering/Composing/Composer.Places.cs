using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>Which kind of place a question asks for.</summary>
internal enum PlaceFilter
{
    FranceServices,
    Advisers,
    SocialCentres,
    Fablabs,
    Libraries,
    Cybercentres,
    SocialAction,
}

internal sealed partial class Composer
{
    private static readonly string[] SocialCentreKinds = ["centre-social", "espace-de-vie-sociale", "mjc", "structure-animation-vie-sociale"];

    public static string Detail(PlaceFilter filter) => filter switch
    {
        PlaceFilter.FranceServices => "france-services",
        PlaceFilter.Advisers => "conseillers",
        PlaceFilter.SocialCentres => "centres-sociaux",
        PlaceFilter.Fablabs => "fablabs",
        PlaceFilter.Libraries => "mediatheques",
        PlaceFilter.Cybercentres => "cybercentres",
        _ => "ccas",
    };

    private static string Label(PlaceFilter filter, bool plural = true) => filter switch
    {
        PlaceFilter.FranceServices => "France Services",
        PlaceFilter.Advisers => plural ? "conseillers et médiateurs numériques" : "conseiller numérique",
        PlaceFilter.SocialCentres => plural ? "centres sociaux et espaces de vie sociale" : "centre social",
        PlaceFilter.Fablabs => plural ? "fablabs" : "fablab",
        PlaceFilter.Libraries => plural ? "médiathèques" : "médiathèque",
        PlaceFilter.Cybercentres => plural ? "cybercentres" : "cybercentre",
        _ => "CCAS et CIAS",
    };

    private bool Matches(Place place, PlaceFilter filter) => filter switch
    {
        PlaceFilter.FranceServices => place.IsFranceServices,
        PlaceFilter.SocialCentres => SocialCentreKinds.Contains(place.Kind),
        PlaceFilter.Fablabs => place.Kind == "fablab" || Tagged(place, "fablab"),
        PlaceFilter.Libraries => place.Kind == "mediatheque" || (place.Kind == "cybercentre" && Tagged(place, "mediatheque")),
        PlaceFilter.Cybercentres => place.Kind == "cybercentre",
        PlaceFilter.SocialAction => place.Kind is "ccas" or "cias",
        _ => false,
    };

    /// <summary>True when the place is tagged with the topic that has <paramref name="synonym"/> among its words.</summary>
    private bool Tagged(Place place, string synonym) => state.TopicFor(synonym) is { } topic && place.TopicIds.Contains(topic);

    /// <summary>"Quelles France Services dans Anjou Bleu Communauté ?", "Y a-t-il un fablab à Saumur ?": the closest ring that has some.</summary>
    public Answer Places(Scope scope, PlaceFilter filter, bool howMany)
    {
        if (filter == PlaceFilter.Advisers)
        {
            return Advisers(scope, howMany);
        }

        if (scope.IsDepartment || scope.Territory is null)
        {
            return PlacesEverywhere(filter);
        }

        var answer = New(QuestionKinds.Places);
        var territory = scope.Territory;
        var (local, inSubdivision, inTerritory) = PlaceRings(scope);
        var rings = scope.IsTerritory
            ? new[] { (inTerritory.Concat(local).Concat(inSubdivision).ToList(), territory.Name) }
            : [(local, scope.Commune?.Name ?? scope.Name), (inSubdivision, scope.Subdivision?.Name ?? scope.Name), (inTerritory, territory.Name)];

        answer.Title = $"{Label(filter)} — {scope.Name}";
        if (filter == PlaceFilter.FranceServices && scope.IsTerritory && territory.FranceServicesCount is { } count)
        {
            answer.Fact($"{territory.Name} compte {count} France Services {Labels.Dated}", territory.Id);
            answer.Fact(territory.FranceServicesNote, territory.Id);
        }

        // The open data first when the roadmap names none in the commune; its count is then not the answer.
        var counted = (filter == PlaceFilter.FranceServices && scope.IsTerritory && territory.FranceServicesCount is not null)
            || (!scope.IsTerritory && !rings[0].Item1.Any(p => Matches(p, filter)) && OpenPlacesOfKind(answer, scope, filter, howMany));

        var first = true;
        foreach (var (places, where) in rings)
        {
            var matching = places.Where(p => Matches(p, filter)).ToList();
            if (matching.Count == 0)
            {
                continue;
            }

            // "Combien de centres sociaux à Cholet ?": the count first, then the list.
            if (first && howMany && !counted)
            {
                var at = scope.IsTerritory || where != rings[0].Item2 ? $"dans {where}" : Labels.At(where);
                var noneHere = scope.IsTerritory || where == rings[0].Item2 ? "" : $"Aucun{(filter is PlaceFilter.FranceServices or PlaceFilter.Libraries ? "e" : "")} {Label(filter, plural: false)} {Labels.At(rings[0].Item2)} ; ";
                answer.Summary = $"{noneHere}{matching.Count} {Label(filter, plural: matching.Count > 1)} {at} {Labels.Dated}.";
            }

            if (first && !scope.IsTerritory && where != rings[0].Item2)
            {
                answer.Fact($"La feuille de route ne signale pas de {Label(filter, plural: false)} à {rings[0].Item2} ; à proximité ({where})", matching[0].Id);
            }

            foreach (var place in matching)
            {
                answer.Fact(PlaceLine(place), place.Id);
                answer.Place(place);
                foreach (var op in place.OperatorIds)
                {
                    answer.Source(op);
                }
            }

            first = false;
            if (!scope.IsTerritory)
            {
                break;
            }
        }

        if (first)
        {
            if (filter == PlaceFilter.FranceServices && territory.FranceServicesCount is > 0 and var announced)
            {
                answer.Fact($"{territory.Name} compte {announced} France Services {Labels.Dated}", territory.Id);
                answer.Fact(territory.FranceServicesNote ?? "La feuille de route ne précise pas où elles se trouvent", territory.Id);
            }
            else
            {
                answer.Fact($"La feuille de route ne signale pas de {Label(filter, plural: false)} dans {territory.Name}", territory.Id);
            }
        }

        if (!scope.IsTerritory)
        {
            answer.Source(scope.Subdivision?.Id ?? territory.Id);
        }

        answer.FollowUp($"Qui s'occupe {Labels.De(scope.Name)} ?");
        answer.FollowUp($"Y a-t-il un conseiller numérique {(scope.IsTerritory ? $"dans {scope.Name}" : Labels.At(scope.Name))} ?");
        return answer.Build();
    }

    private Answer PlacesEverywhere(PlaceFilter filter)
    {
        var answer = New(QuestionKinds.Places);
        answer.Title = $"{Label(filter)} en Maine-et-Loire {Labels.Dated}";
        foreach (var territory in Kb.Territories)
        {
            var places = Kb.PlacesOf(territory).Where(p => Matches(p, filter)).ToList();
            var announced = filter == PlaceFilter.FranceServices && territory.FranceServicesCount is { } c ? $"{c} — " : "";
            if (places.Count > 0 || announced.Length > 0)
            {
                answer.Fact($"{territory.Name} : {announced}{Labels.Enumerate(places.Select(p => p.Name))}".TrimEnd(' ', '—'), territory.Id);
            }
        }

        answer.FollowUp("Quelles France Services dans Anjou Bleu Communauté ?");
        return answer.Build();
    }

    /// <summary>"Combien de conseillers numériques à Cholet ?": staff of the closest ring, conseillers first.</summary>
    private Answer Advisers(Scope scope, bool howMany)
    {
        if (scope.IsDepartment || scope.Territory is null)
        {
            return AdvisersEverywhere();
        }

        var answer = New(QuestionKinds.Places);
        var territory = scope.Territory;
        answer.Title = $"Conseillers et médiateurs numériques — {scope.Name}";
        var staff = StaffIn(scope)
            .OrderBy(s => s.Level == "local" ? 0 : s.Level == "subdivision" ? 1 : 2)
            .ThenBy(s => s.Staff.IsActive ? 0 : 1)
            .ThenBy(s => s.Staff.Role == StaffRoles.ConseillerNumerique ? 0 : 1)
            .ToList();

        if (howMany)
        {
            var closest = staff.Where(s => s.Staff.IsActive && s.Staff.Role == StaffRoles.ConseillerNumerique).ToList();
            var level = closest.Select(s => s.Level).FirstOrDefault();
            var counted = closest.Where(s => s.Level == level).ToList();
            if (counted.Count > 0 && counted.All(s => s.Staff.Count is not null))
            {
                var total = counted.Sum(s => s.Staff.Count!.Value);
                var where = level == "territory" ? territory.Name : scope.Name;
                answer.Fact($"{total} {(total > 1 ? "conseillers numériques" : "conseiller numérique")} à {where} {Labels.Dated}", counted[0].Staff.Id);
            }
        }

        if (staff.Count == 0)
        {
            answer.Fact($"La feuille de route ne signale pas de conseiller numérique à {scope.Name}", scope.Subdivision?.Id ?? territory.Id);
        }
        else if (staff[0].Level == "territory" && !scope.IsTerritory)
        {
            answer.Fact($"La feuille de route ne signale pas de poste à {scope.Name} même ; à l'échelle {Labels.De(territory.Name)}", territory.Id);
        }

        foreach (var (entry, _) in staff)
        {
            AddStaff(answer, entry);
            foreach (var place in entry.PlaceIds.Select(Kb.Find<Place>).OfType<Place>())
            {
                answer.Place(place);
            }
        }

        answer.FollowUp($"Quelles France Services {(scope.IsTerritory ? $"dans {scope.Name}" : Labels.At(scope.Name))} ?");
        answer.FollowUp($"Qui s'occupe {Labels.De(scope.Name)} ?");
        return answer.Build();
    }

    private Answer AdvisersEverywhere()
    {
        var answer = New(QuestionKinds.Context);
        answer.Title = "Conseillers numériques en Maine-et-Loire";
        var topic = state.TopicFor("conseiller numerique");
        // The department's own count first ("34 postes de conseillers numériques … en Maine-et-Loire"): the first line answers.
        foreach (var fact in Kb.Context.Where(f => topic is not null && f.TopicIds.Contains(topic))
            .OrderByDescending(f => f.Figures.Any(CountOfAdvisers().IsMatch))
            .ThenByDescending(f => f.Figures.Count))
        {
            answer.Fact(fact.Text, fact.Id);
        }

        foreach (var territory in Kb.Territories)
        {
            var staff = Kb.StaffOf(territory).Where(s => s.IsActive && s.Role == StaffRoles.ConseillerNumerique).ToList();
            if (staff.Count > 0 && staff.All(s => s.Count is not null))
            {
                var total = staff.Sum(s => s.Count!.Value);
                answer.Fact($"{territory.Name} : {total} {(total > 1 ? "conseillers numériques cités" : "conseiller numérique cité")} dans la fiche", territory.Id);
            }
        }

        answer.FollowUp("Y a-t-il un conseiller numérique à Sèvremoine ?");
        return answer.Build();
    }

    /// <summary>"Où se trouve le BricoLAB ?", "Qui porte la France Services du Lion-d'Angers ?": one place.</summary>
    /// <param name="whoAsked">"Qui porte la France Services de Gennes ?": when the document names no operator, say so first.</param>
    public Answer Place(Place place, bool whoAsked = false)
    {
        var answer = New(QuestionKinds.Place);
        answer.Title = place.Name;
        var unknownOperator = whoAsked && place.OperatorIds.Count == 0 && place.OperatorAsWritten is null
            && !Kb.Staff.Any(s => s.EmployerId == place.Id || s.PlaceIds.Contains(place.Id));
        answer.Summary = unknownOperator
            ? $"La feuille de route ne dit pas qui porte « {place.Name} ». {Labels.Sentence(place.Description)}"
            : Labels.Sentence(place.Description);
        answer.Place(place);
        var where = new List<string>();
        if (Names.CommuneOfPlace(Kb, place) is { } commune)
        {
            where.Add(Labels.At(commune));
        }

        if (place.SubdivisionId is { } subdivisionId && Kb.Find<Subdivision>(subdivisionId) is { } subdivision)
        {
            where.Add($"{Labels.SubdivisionKind(subdivision.Kind)} {subdivision.Name}");
            answer.Source(subdivision.Id);
        }

        where.Add(Names.Of(Kb, place.TerritoryId));
        answer.Fact($"{Labels.Capitalize(Labels.PlaceKind(place.Kind))} {string.Join(", ", where)}", place.Id);
        if (place.OperatorIds.Count > 0)
        {
            answer.Fact($"Portée par {Labels.Enumerate(place.OperatorIds.Select(o => Names.Actor(Kb, o)))}", place.Id);
            foreach (var op in place.OperatorIds)
            {
                answer.Source(op);
                if (Kb.Find<Place>(op) is { } operatorPlace)
                {
                    answer.Place(operatorPlace);
                }
            }
        }

        // The fiche says some things of a place several times (its description, its operator, its bassin's actors):
        // a line whose words the description already holds is not said again.
        var said = ContentWords(place.Description);
        bool Repeats(string text) => ContentWords(text) is { Count: > 0 } words && words.IsSubsetOf(said);
        answer.Fact(place.OperatorAsWritten is { } written && !Repeats(written) ? $"Animé par {written}" : null, place.Id);
        answer.Fact(place.Itinerant ? $"Itinérante{(place.Area is { } area ? $" : {area}" : "")}" : place.Area is { } a ? $"Intervient sur {a}" : null, place.Id);
        answer.Fact(place.Since is { } since ? $"Depuis {since}" : null, place.Id);
        answer.Fact(place.Closed is { } closed ? $"Fermé en {closed}" : null, place.Id);
        answer.Fact(place.ServesNote, place.Id);

        // What the place operates (a centre social's France Services, the AICLA's BricoLAB…).
        foreach (var operated in Kb.Places.Where(p => p.OperatorIds.Contains(place.Id)))
        {
            answer.Fact($"Porte {operated.Name}", operated.Id);
            answer.Place(operated);
        }

        foreach (var staff in Kb.Staff.Where(s => s.EmployerId == place.Id || s.PlaceIds.Contains(place.Id)))
        {
            AddStaff(answer, staff);
        }

        foreach (var (actor, whereId) in Kb.Territories.Where(t => t.Id == place.TerritoryId).SelectMany(ActorsIn).Where(a => a.Actor.ActorId == place.Id && !Repeats(a.Actor.Role)).Take(3))
        {
            answer.Fact($"{Labels.Capitalize(Names.Of(Kb, whereId))} : {actor.Role}", whereId);
        }

        foreach (var example in Kb.Examples.Where(e => e.PlaceIds.Contains(place.Id) || e.ActorIds.Contains(place.Id)).Take(2))
        {
            answer.Fact($"Exemple : {example.Title} — {example.Description}", example.Id);
        }

        foreach (var person in Kb.PeopleOf(place.Id))
        {
            answer.Person(person);
        }

        answer.FollowUp($"Qui s'occupe {Labels.De(Names.CommuneOfPlace(Kb, place) ?? Names.Of(Kb, place.TerritoryId))} ?");
        return answer.Build();
    }

    /// <summary>The words of a sentence that carry meaning (four letters or more), folded.</summary>
    private static HashSet<string> ContentWords(string? text) =>
        [.. Understanding.TextNormalizer.Tokenize(text ?? "").Select(t => t.Text).Where(w => w.Length >= 4 && !Understanding.FrenchWords.StopWords.Contains(w))];

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+ postes de conseillers numériques")]
    private static partial System.Text.RegularExpressions.Regex CountOfAdvisers();

    /// <summary>
    /// « Y a-t-il une médiathèque à Trélazé ? » when the roadmap names none there: the open-data places of the commune
    /// that show that kind (place-details.yaml, <c>open_place_kinds:</c>), said first, with their contacts.
    /// </summary>
    private bool OpenPlacesOfKind(AnswerBuilder answer, Scope scope, PlaceFilter filter, bool howMany)
    {
        var kinds = Kb.OpenPlaceKinds.Where(k => k.Kind == Detail(filter)).ToList();
        if (kinds.Count == 0 || Kb.OpenData.All.Count == 0)
        {
            return false;
        }

        // A micro-territory named after its commune (« Seiches s/ Le Loir »): the places of its communes.
        var communes = scope.Commune is not null || scope.Subdivision is null
            ? scope.CommuneIds(Kb)
            : [.. scope.Subdivision.Communes.SelectMany(c => Kb.FormerCommunesOf(c.CommuneId).Select(f => f.Id).Prepend(c.CommuneId))];
        var places = OpenPlacesIn(communes, p => kinds.Any(k => k.Holds(p)));
        if (places.Count == 0)
        {
            return false;
        }

        var count = places.Count;
        places = [.. places.Take(MaxOpenPlacesForNeed)];

        var where = Labels.At(scope.Former?.Name ?? scope.Commune?.Name ?? scope.Name);
        var lead = howMany ? $"{count} {Label(filter, plural: count > 1)} {where}" : $"Oui, {where}";
        answer.Summary = $"{lead}, d'après les données ouvertes des lieux de médiation numérique : {string.Join(" ; ", places.Select(OpenNeedLine))}.";
        AddOpenPlaces(answer, places);
        return true;
    }
}

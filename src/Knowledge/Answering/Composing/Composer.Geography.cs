using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    private const string InseeSource = "référentiel géographique INSEE 2024";

    /// <summary>"Dans quel bassin est Vernantes ?": commune nouvelle, subdivision and EPCI, then what is there.</summary>
    public Answer Location(Scope scope)
    {
        var answer = New(QuestionKinds.Location);
        var territory = scope.Territory;
        answer.Title = scope.Former is { } f ? Names.Commune(Kb, f.Id) : scope.Name;

        if (scope.Former is { } former)
        {
            var today = Kb.Find<Commune>(former.CommuneId);
            answer.Fact(
                today is null
                    ? $"{former.Name} est une ancienne commune de Maine-et-Loire"
                    : $"{former.Name} est une {(former.Type == "COMA" ? "commune associée" : "commune déléguée")} {Labels.De(today.Name)}",
                former.Id);
            if (today is not null)
            {
                answer.Source(today.Id);
            }

            foreach (var fact in Kb.HistoryOf(former.Id))
            {
                answer.Fact($"{fact.Text} ({fact.Date})", former.Id);
            }
        }

        var dated = scope.Former is { } f2 && Kb.HistoryOf(f2.Id).Count > 0 ? "D'après la feuille de route 2023-2025, " : "";
        foreach (var subdivision in scope.Subdivisions.Take(2))
        {
            var listed = subdivision.Communes.Count > 0 || subdivision.CentreId is null ? "" : $" (autour de {Names.ShortCommune(Kb, subdivision.CentreId)})";
            answer.Fact(
                $"{dated}{(dated.Length > 0 ? scope.Name : Labels.Capitalize(scope.Name))} fait partie {Labels.OfKind(subdivision.Kind)} {subdivision.Name}{listed}, dans {Names.Of(Kb, subdivision.TerritoryId)}",
                subdivision.Id);
            if (subdivision.ParentId is { } parentId && Kb.Find<Subdivision>(parentId) is { } parent)
            {
                answer.Fact($"{subdivision.Name} est {Labels.AKind(subdivision.Kind)} {Labels.OfKind(parent.Kind)} {parent.Name}", parent.Id);
            }
        }

        if (scope.Commune is { } commune)
        {
            var epci = Kb.Find<Epci>(commune.EpciId);
            var communeTerritory = Kb.TerritoryOf(commune.Id);
            answer.Fact(
                communeTerritory is not null
                    ? $"{commune.Name} fait partie de l'intercommunalité {communeTerritory.Name}"
                    : $"{commune.Name} fait partie de l'intercommunalité {epci?.Name}, que la feuille de route ne décrit pas",
                communeTerritory?.Id ?? epci?.Id);
            answer.Source(commune.Id);
            if (scope.Subdivisions.Count == 0 && territory is not null)
            {
                answer.Fact($"La feuille de route ne rattache {commune.Name} à aucun bassin ni polarité {Labels.De(territory.Name)}", territory.Id);
                answer.Fact(territory.PartialNote, territory.Id);
            }
        }
        else if (scope.Commune is null && scope.Former is null && scope.Subdivision is { } alone && territory is not null)
        {
            answer.Fact($"{alone.Name} est {Labels.AKind(alone.Kind)} {Labels.De(territory.Name)}", alone.Id);
            CommunesOf(answer, alone);
        }
        else if (scope.IsTerritory && territory is not null)
        {
            answer.Fact($"{territory.Name} est l'une des neuf intercommunalités de Maine-et-Loire décrites par la feuille de route", territory.Id);
        }

        // A line of context: who carries the actions there.
        if (scope.Subdivision is { } main)
        {
            var carriers = main.CarriedByIds.Concat(main.Actors.Select(a => a.ActorId)).Distinct().Take(3).ToList();
            answer.Fact(carriers.Count > 0 ? $"Acteurs {Labels.OfKind(main.Kind)} : {Labels.Enumerate(carriers.Select(id => Names.Actor(Kb, id)))}" : null, main.Id);
        }

        foreach (var place in PlacesAtCommune(scope).Take(4))
        {
            answer.Place(place);
        }

        answer.FollowUp($"Qui s'occupe {Labels.De(scope.Name)} ?");
        if (territory is not null)
        {
            answer.FollowUp($"Quelles France Services dans {territory.Name} ?");
        }

        return answer.Build();
    }

    /// <summary>"Combien d'habitants dans Baugeois Vallée ?": the document's figure for a territory, INSEE's for a commune.</summary>
    public Answer Population(Scope scope)
    {
        var answer = New(QuestionKinds.Figures);
        answer.Title = $"Population — {scope.Name}";
        if (scope.IsDepartment)
        {
            var total = Kb.Communes.Sum(c => c.Population2024);
            answer.Fact($"Les {Kb.Communes.Count} communes de Maine-et-Loire comptent {Labels.Number(total)} habitants ({InseeSource})");
            foreach (var territory in Kb.Territories.Where(t => t.Population is not null))
            {
                answer.Fact($"{territory.Name} : {territory.Population!.AsWritten}", territory.Id);
            }

            return answer.Build();
        }

        if (scope.IsTerritory && scope.Territory is { } whole)
        {
            if (whole.Population is { } population)
            {
                answer.Fact($"{whole.Name} : {population.AsWritten}, {Labels.Dated}", whole.Id);
            }

            foreach (var figure in whole.Figures.Take(5))
            {
                answer.Fact(Labels.Capitalize(figure), whole.Id);
            }

            var communes = Kb.CommunesOf(whole);
            answer.Fact($"Au 1er janvier 2024, ses {communes.Count} communes comptent {Labels.Number(communes.Sum(c => c.Population2024))} habitants ({InseeSource})", whole.EpciId);
        }
        else if (scope.Commune is { } commune && (scope.Former is null || scope.Subdivision is null || scope.Former.Name != scope.Subdivision.Name))
        {
            if (scope.Former is { } former)
            {
                answer.Fact($"Le référentiel ne donne pas la population de {former.Name}, commune déléguée de {commune.Name}", former.Id);
            }

            // The document's own figure first ("16 300hab."), INSEE's as a labelled complement.
            foreach (var figure in Kb.FiguresAbout(commune.Id).Where(f => f.Counts.StartsWith("habitants", StringComparison.Ordinal)))
            {
                answer.Fact($"{commune.Name} : {Labels.Number((int)figure.Value)} habitants, {Labels.Dated} (« {figure.AsWritten} »)", figure.AboutId);
            }

            var complement = Kb.FiguresAbout(commune.Id).Any(f => f.Counts.StartsWith("habitants", StringComparison.Ordinal)) ? "En complément, " : "";
            answer.Fact($"{complement}{(complement.Length > 0 ? commune.Name : commune.Name)} : {Labels.Number(commune.Population2024)} habitants ({InseeSource})", commune.Id);
        }
        else if (scope.Subdivision is { } subdivision)
        {
            var communes = subdivision.Communes.Select(c => Kb.Find<Commune>(c.CommuneId)).OfType<Commune>().ToList();
            if (subdivision.CommunesComplete && communes.Count > 0)
            {
                answer.Fact(
                    $"Les {communes.Count} communes {Labels.OfKind(subdivision.Kind)} {subdivision.Name} comptent {Labels.Number(communes.Sum(c => c.Population2024))} habitants ({InseeSource})",
                    subdivision.Id);
            }
            else
            {
                answer.Fact($"La feuille de route ne donne pas la population {Labels.OfKind(subdivision.Kind)} {subdivision.Name}", subdivision.Id);
            }
        }

        if (!scope.IsTerritory && scope.Territory is { Population: { } whole2 } territory2)
        {
            answer.Fact($"{territory2.Name} : {whole2.AsWritten}, {Labels.Dated}", territory2.Id);
        }

        answer.FollowUp($"Combien de communes dans {scope.Territory?.Name ?? scope.Name} ?");
        answer.FollowUp($"Qui s'occupe {Labels.De(scope.Name)} ?");
        return answer.Build();
    }

    /// <summary>"Combien de communes dans Anjou Loir et Sarthe ?": the document's count, and today's.</summary>
    public Answer CommunesCount(Scope scope)
    {
        var answer = New(QuestionKinds.Figures);
        answer.Title = $"Communes — {scope.Name}";
        if (scope.IsDepartment)
        {
            answer.Fact($"Le Maine-et-Loire compte {Kb.Communes.Count} communes au 1er janvier 2024 ({InseeSource})");
            return answer.Build();
        }

        if (scope.IsTerritory && scope.Territory is { } territory)
        {
            var today = Kb.CommunesOf(territory).Count;
            if (territory.CommunesCount is { } count)
            {
                answer.Fact($"{territory.Name} compte {count} communes {Labels.Dated}", territory.Id);
                answer.Fact(territory.CommunesCountNote, territory.Id);
                if (count != today && territory.CommunesCountNote is null)
                {
                    answer.Fact($"Au 1er janvier 2024 : {today} communes ({InseeSource})", territory.EpciId);
                }
            }
            else
            {
                answer.Fact($"{territory.Name} compte {today} communes au 1er janvier 2024 ({InseeSource})", territory.EpciId);
            }

            answer.Fact($"Communes : {Labels.Capped(Kb.CommunesOf(territory).Select(c => c.Name), 20)}", territory.EpciId);
        }
        else if (scope.Subdivision is { } subdivision && scope.Commune is null)
        {
            CommunesOf(answer, subdivision);
        }
        else if (scope.Commune is { } commune)
        {
            var formers = Kb.FormerCommunesOf(commune.Id);
            answer.Fact(
                formers.Count > 0
                    ? $"{commune.Name} est une commune nouvelle qui regroupe {formers.Count} communes déléguées : {Labels.Capped(formers.Select(f => f.Name), 15)}"
                    : $"{commune.Name} est une commune, sans commune déléguée ({InseeSource})",
                commune.Id);
        }

        answer.FollowUp($"Combien d'habitants dans {scope.Name} ?");
        return answer.Build();
    }

    private void CommunesOf(AnswerBuilder answer, Subdivision subdivision)
    {
        if (subdivision.Communes.Count == 0)
        {
            answer.Fact(subdivision.Note ?? $"La feuille de route ne liste pas les communes {Labels.OfKind(subdivision.Kind)} {subdivision.Name}", subdivision.Id);
            return;
        }

        var names = subdivision.Communes.Select(c => Names.Commune(Kb, c.CommuneId)).ToList();
        var complete = subdivision.CommunesComplete ? "" : " (liste incomplète dans le document)";
        answer.Fact($"{Labels.Capitalize(Labels.SubdivisionKind(subdivision.Kind))} {subdivision.Name} : {names.Count} communes{complete} — {Labels.Enumerate(names)}", subdivision.Id);
        foreach (var note in subdivision.Communes.Where(c => c.Note is not null))
        {
            answer.Fact(note.Note, subdivision.Id);
        }
    }

    /// <summary>"Quelles sont les polarités de Cholet Agglomération ?", "les communes du Longuéen".</summary>
    public Answer Subdivisions(Scope scope, bool communes)
    {
        var answer = New(QuestionKinds.List);
        if (scope.Territory is not { } territory || scope.IsDepartment)
        {
            return AllSubdivisions();
        }

        if (communes && scope.Subdivision is { } subdivision)
        {
            answer.Title = $"Communes {Labels.OfKind(subdivision.Kind)} {subdivision.Name}";
            CommunesOf(answer, subdivision);
            return answer.Build();
        }

        if (communes && scope.IsTerritory)
        {
            return CommunesCount(scope);
        }

        var subdivisions = Kb.SubdivisionsOf(territory);
        var kinds = subdivisions.Where(s => s.ParentId is null).Select(s => s.Kind).Distinct().ToList();
        answer.Title = $"{Labels.Capitalize(kinds.Count == 1 ? Labels.SubdivisionKindPlural(kinds[0]) : "Bassins et polarités")} {Labels.De(territory.Name)}";
        answer.Source(territory.Id);
        var topLevel = subdivisions.Count(s => s.ParentId is null);
        if (topLevel > 0 || territory.SubdivisionsCount is not null)
        {
            var label = kinds.Count == 1 ? Labels.SubdivisionKindPlural(kinds[0]) : "bassins ou polarités";
            answer.Fact($"{territory.Name} compte {territory.SubdivisionsCount ?? topLevel} {label} {Labels.Dated}", territory.Id);
        }

        answer.Fact(territory.SubdivisionsCountNote, territory.Id);
        foreach (var s in subdivisions)
        {
            var detail = s.Carriers(Kb) is { Length: > 0 } carriers ? $" — {carriers}" : "";
            var parent = s.ParentId is { } p ? $" (dans {Names.Of(Kb, p)})" : "";
            answer.Fact($"{s.Name} : {Labels.SubdivisionKind(s.Kind)}{parent}{detail}", s.Id);
        }

        if (subdivisions.Count == 0)
        {
            answer.Fact(territory.PartialNote ?? $"La feuille de route ne découpe pas {territory.Name} en bassins", territory.Id);
        }

        answer.FollowUp($"Qui s'occupe {Labels.De(subdivisions.FirstOrDefault()?.Name ?? territory.Name)} ?");
        return answer.Build();
    }

    private Answer AllSubdivisions()
    {
        var answer = New(QuestionKinds.List);
        answer.Title = "Bassins, polarités et micro-territoires des intercommunalités";
        foreach (var territory in Kb.Territories)
        {
            var subdivisions = Kb.SubdivisionsOf(territory).Where(s => s.ParentId is null).ToList();
            answer.Fact(
                subdivisions.Count > 0 ? $"{territory.Name} : {Labels.Enumerate(subdivisions.Select(s => s.Name))}" : $"{territory.Name} : pas de découpage dans la feuille de route",
                territory.Id);
        }

        return answer.Build();
    }

    /// <summary>"Quelles sont les intercommunalités ?".</summary>
    public Answer Territories()
    {
        var answer = New(QuestionKinds.List);
        answer.Title = $"Les {Kb.Territories.Count} intercommunalités de la feuille de route";
        foreach (var territory in Kb.Territories)
        {
            var population = territory.Population is { } p ? $" — {p.AsWritten}" : "";
            answer.Fact($"{territory.Name}{population}", territory.Id);
        }

        answer.FollowUp($"Qui s'occupe {Labels.De(Kb.Territories[0].Name)} ?");
        return answer.Build();
    }

    /// <summary>The department as a whole: the network, and what it does on the topics asked about.</summary>
    private Answer Department(IReadOnlyList<Topic>? topics)
    {
        if (topics is { Count: > 0 })
        {
            return Topic(topics, TopicFocus.None);
        }

        return Network();
    }
}

internal static class SubdivisionExtensions
{
    /// <summary>"portées par Anjou Numérique", or the first actors: who is active in a subdivision, in a few words.</summary>
    public static string Carriers(this Subdivision subdivision, KnowledgeBase kb)
    {
        var ids = subdivision.CarriedByIds.Count > 0 ? subdivision.CarriedByIds : [.. subdivision.Actors.Select(a => a.ActorId)];
        return Labels.Capped(ids.Select(id => Names.Actor(kb, id)), 3);
    }
}

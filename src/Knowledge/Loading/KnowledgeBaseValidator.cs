using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// The checks that need every file: references resolve to the right kind of entity, sections exist, the roadmap
/// matches what the document announces, and each territory agrees with the official geography (or says why not).
/// </summary>
internal sealed class KnowledgeBaseValidator(KnowledgeBaseReader reader)
{
    private static readonly Dictionary<string, (string Label, string Where)> Kinds = new(StringComparer.Ordinal)
    {
        [KnowledgeIds.Axis] = ("axis", "roadmap/axes.yaml"),
        [KnowledgeIds.Action] = ("action", "roadmap/actions.yaml"),
        [KnowledgeIds.Group] = ("working group", "roadmap/working-groups.yaml"),
        [KnowledgeIds.Organisation] = ("organisation", "organisations.yaml"),
        [KnowledgeIds.Unit] = ("organisation unit", "the 'units' of organisations.yaml"),
        [KnowledgeIds.Person] = ("person", "people/*.yaml"),
        [KnowledgeIds.Topic] = ("topic", "topics.yaml"),
        [KnowledgeIds.Instance] = ("governance instance", "governance.yaml"),
        [KnowledgeIds.Agreement] = ("agreement", "governance.yaml"),
        [KnowledgeIds.Fact] = ("context fact", "context.yaml"),
        [KnowledgeIds.Territory] = ("territory", "territories/*.yaml"),
        [KnowledgeIds.Subdivision] = ("subdivision", "the 'subdivisions' of territories/*.yaml"),
        [KnowledgeIds.Place] = ("place", "the 'places' of territories/*.yaml"),
        [KnowledgeIds.Staff] = ("staff entry", "the 'staff' of territories/*.yaml"),
        [KnowledgeIds.Example] = ("example action", "the 'examples' of territories/*.yaml"),
        [KnowledgeIds.Epci] = ("EPCI", "geography/epcis.yaml"),
        [KnowledgeIds.Commune] = ("commune", "geography/communes.yaml (commune:<INSEE code>)"),
        [KnowledgeIds.FormerCommune] = ("former commune", "geography/former-communes.yaml (former-commune:<INSEE code>)"),
        [KnowledgeIds.Need] = ("need", "needs.yaml"),
        [KnowledgeIds.Figure] = ("figure", "figures.yaml"),
    };

    private List<KnowledgeBaseError> Errors => reader.Errors;

    public void Validate()
    {
        if (reader.UnreadableFiles.Count > 0)
        {
            // The entities of a broken file are missing: every reference to them would be reported as unknown.
            // Report the syntax errors alone; the cross-file checks run once every file reads.
            return;
        }

        var document = CheckSingletons();
        CheckReferences();
        if (document is not null)
        {
            CheckSections(document.Value.Document);
        }

        CheckRoadmap(document);
        CheckUnits();
        CheckTerritories();
        CheckSpellings();
    }

    private (SourceDocument Document, string File, int Line)? CheckSingletons()
    {
        foreach (var extra in reader.Documents.Skip(1))
        {
            Errors.Add(new(extra.File, extra.Line, $"a second 'document:' block: the document is already described in {reader.Documents[0].File}. Keep only one."));
        }

        foreach (var extra in reader.Agreements.Skip(1))
        {
            Errors.Add(new(extra.File, extra.Line, $"a second 'agreement:' block: the agreement is already described in {reader.Agreements[0].File}. Keep only one."));
        }

        if (reader.Documents.Count == 0)
        {
            Errors.Add(new("document.yaml", 0, "No file describes the source document: add document.yaml with a 'document:' block (title, period, announced counts, sections)."));
        }

        if (reader.Agreements.Count == 0)
        {
            Errors.Add(new("governance.yaml", 0, "No file describes the cooperation agreement: add an 'agreement:' block (Annexe 1 of the document)."));
        }

        return reader.Documents.Count > 0 ? reader.Documents[0] : null;
    }

    private void CheckReferences()
    {
        foreach (var reference in reader.References)
        {
            var target = reference.TargetId;
            var expected = string.Join(" or ", reference.AllowedKinds.Select(k => Kinds[k].Label));
            if (!reader.Definitions.TryGetValue(target, out var definition))
            {
                var kind = KnowledgeIds.KindOf(target);
                if (!Kinds.TryGetValue(kind, out var known))
                {
                    Errors.Add(new(reference.File, reference.Line,
                        $"{reference.FromWhat}: '{target}' in '{reference.Field}' is not an id. Ids start with their kind, e.g. org:anjou-numerique or commune:49099; here a {expected} is expected."));
                    continue;
                }

                var suggestion = Suggest(target, reference.AllowedKinds);
                Errors.Add(new(reference.File, reference.Line,
                    $"{reference.FromWhat} refers to unknown {known.Label} '{target}' in '{reference.Field}' — check the id in {known.Where}.{suggestion}"));
                continue;
            }

            if (!reference.AllowedKinds.Contains(definition.Kind))
            {
                Errors.Add(new(reference.File, reference.Line,
                    $"{reference.FromWhat}: '{reference.Field}' expects a {expected}, but '{target}' is a {Kinds[definition.Kind].Label}."));
            }
        }
    }

    private void CheckSections(SourceDocument document)
    {
        var known = document.Sections.ToHashSet(StringComparer.Ordinal);
        foreach (var section in reader.Sections.Where(s => !known.Contains(s.Section)))
        {
            var close = document.Sections.MinBy(s => Distance(s, section.Section));
            var hint = close is not null && Distance(close, section.Section) <= Math.Max(3, section.Section.Length / 5) ? $" Did you mean \"{close}\"?" : "";
            Errors.Add(new(section.File, section.Line,
                $"{section.What}: the section \"{section.Section}\" is not one of the sections listed in document.yaml — check its spelling, or add it to the list there.{hint}"));
        }
    }

    private void CheckRoadmap((SourceDocument Document, string File, int Line)? document)
    {
        var axes = reader.Axes.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var actions = reader.Actions.ToDictionary(a => a.Id, StringComparer.Ordinal);

        for (var i = 0; i < reader.Actions.Count; i++)
        {
            var action = reader.Actions[i];
            var (file, line) = reader.Locate(action.Id);
            if (!axes.TryGetValue(action.AxisId, out var axis))
            {
                Errors.Add(new(file, line, $"action '{action.Id}': its code starts with '{action.Code[0]}' but there is no axis '{action.AxisId}' — check the code, or add the axis to roadmap/axes.yaml."));
            }
            else
            {
                CheckTheme(action.Id, $"action '{action.Id}'", axis, action.Theme);
            }

            RoadmapAction? parent = null;
            if (action.ParentId is not null && actions.TryGetValue(action.ParentId, out parent) && !action.Code.StartsWith(parent.Code + ".", StringComparison.Ordinal))
            {
                var (parentFile, parentLine) = reader.Locate(action.Id, "parent");
                Errors.Add(new(parentFile, parentLine, $"action '{action.Id}': its parent '{parent.Id}' should be the action whose code starts its own (e.g. A.1.2 for A.1.2.a)."));
            }

            if (action.Leads.Count == 0)
            {
                if (parent is { Leads.Count: > 0 })
                {
                    reader.Actions[i] = action with { Leads = parent.Leads, LeadsInherited = true };
                }
                else
                {
                    Errors.Add(new(file, line, $"action '{action.Id}' has no lead: add 'leads' (org, and unit when the document names one), or a 'parent' action whose lead it shares."));
                }
            }
        }

        foreach (var group in reader.WorkingGroups)
        {
            if (axes.TryGetValue(group.AxisId, out var axis))
            {
                CheckTheme(group.Id, $"working group '{group.Id}'", axis, group.Theme);
            }
        }

        if (document is { } doc)
        {
            if (doc.Document.AnnouncedAxes > 0 && doc.Document.AnnouncedAxes != reader.Axes.Count)
            {
                var (file, line) = reader.Locate("document", "axes");
                Errors.Add(new(file, line, $"the document announces {doc.Document.AnnouncedAxes} axes but the knowledge base has {reader.Axes.Count}: add or remove axes in roadmap/axes.yaml."));
            }

            var total = reader.Actions.Count + reader.WorkingGroups.Count;
            if (doc.Document.AnnouncedActionsAndWorkingGroups > 0 && doc.Document.AnnouncedActionsAndWorkingGroups != total)
            {
                var (file, line) = reader.Locate("document", "actions_and_working_groups");
                Errors.Add(new(file, line,
                    $"the document announces {doc.Document.AnnouncedActionsAndWorkingGroups} actions and working groups but the knowledge base has {total} ({reader.Actions.Count} actions + {reader.WorkingGroups.Count} working groups): one is missing or duplicated."));
            }
        }
    }

    private void CheckTheme(string id, string what, Axis axis, string? theme)
    {
        var (file, line) = reader.Locate(id, "theme");
        if (theme is null && axis.Themes.Count > 0)
        {
            Errors.Add(new(file, line, $"{what}: axis {axis.Code} groups its entries by theme; add 'theme:' with one of {string.Join(", ", axis.Themes.Select(t => $"\"{t}\""))}."));
        }
        else if (theme is not null && !axis.Themes.Contains(theme))
        {
            var allowed = axis.Themes.Count == 0 ? $"axis {axis.Code} has no themes: remove 'theme'" : $"use one of {string.Join(", ", axis.Themes.Select(t => $"\"{t}\""))}";
            Errors.Add(new(file, line, $"{what}: the theme \"{theme}\" is not a theme of axis {axis.Code} — {allowed}."));
        }
    }

    private void CheckUnits()
    {
        var units = reader.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        foreach (var (file, line, what, organisation, unitId) in reader.LeadUnits)
        {
            if (units.TryGetValue(unitId, out var unit) && unit.OrganisationId != organisation)
            {
                Errors.Add(new(file, line, $"{what}: the unit '{unitId}' belongs to '{unit.OrganisationId}', not to '{organisation}'."));
            }
        }
    }

    private void CheckTerritories()
    {
        var communes = reader.Communes.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var formers = reader.FormerCommunes.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var subdivisions = reader.Subdivisions.ToDictionary(s => s.Id, StringComparer.Ordinal);

        string? EpciOf(string id) =>
            communes.TryGetValue(id, out var c) ? c.EpciId
            : formers.TryGetValue(id, out var f) && communes.TryGetValue(f.CommuneId, out var parent) ? parent.EpciId
            : null;

        string? CommuneOf(string id) => communes.ContainsKey(id) ? id : formers.TryGetValue(id, out var f) ? f.CommuneId : null;

        foreach (var duplicate in reader.Territories.GroupBy(t => t.EpciId).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            foreach (var territory in duplicate.Skip(1))
            {
                var (file, line) = reader.Locate(territory.Id);
                Errors.Add(new(file, line, $"territory '{territory.Id}' describes the EPCI '{duplicate.Key}', already described by '{duplicate.First().Id}'."));
            }
        }

        foreach (var territory in reader.Territories)
        {
            var epciCommunes = reader.Communes.Where(c => c.EpciId == territory.EpciId).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var own = reader.Subdivisions.Where(s => s.TerritoryId == territory.Id).ToList();
            var topLevel = own.Where(s => s.ParentId is null).ToList();
            var places = reader.Places.Where(p => p.TerritoryId == territory.Id).ToList();

            CheckCount(territory.Id, "communes_count", territory.CommunesCount, epciCommunes.Count, territory.CommunesCountNote,
                "communes in the EPCI according to geography/communes.yaml");
            CheckCount(territory.Id, "subdivisions_count", territory.SubdivisionsCount, topLevel.Count, territory.SubdivisionsCountNote,
                "top-level subdivisions in this file");
            CheckCount(territory.Id, "france_services_count", territory.FranceServicesCount, places.Count(p => p.IsFranceServices), territory.FranceServicesNote,
                "places of kind france-services in this file");

            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var subdivision in own)
            {
                var (file, line) = reader.Locate(subdivision.Id);
                if (subdivision.ParentId is not null && subdivisions.TryGetValue(subdivision.ParentId, out var parent) && (parent.TerritoryId != territory.Id || parent.Id == subdivision.Id))
                {
                    Errors.Add(new(file, line, $"subdivision '{subdivision.Id}': its parent '{parent.Id}' must be another subdivision of the same territory."));
                }

                if (subdivision.CentreId is { } centre && EpciOf(centre) is { } centreEpci && centreEpci != territory.EpciId)
                {
                    Errors.Add(new(file, line, $"subdivision '{subdivision.Id}': its centre '{centre}' is not in this territory's EPCI today."));
                }

                foreach (var commune in subdivision.Communes)
                {
                    var (communeFile, communeLine) = reader.SubdivisionCommuneLines.GetValueOrDefault((subdivision.Id, commune.CommuneId), (file, line));
                    if (EpciOf(commune.CommuneId) is { } epci && epci != territory.EpciId && commune.Note is null)
                    {
                        Errors.Add(new(communeFile, communeLine,
                            $"subdivision '{subdivision.Id}' lists '{commune.CommuneId}', which belongs to another EPCI today ({epci}). If the document is older than the geography, write it as a block with 'commune:' and a 'note:' that explains it, with its date."));
                    }

                    if (subdivision.ParentId is null && CommuneOf(commune.CommuneId) is { } today && epciCommunes.Contains(today))
                    {
                        if (seen.TryGetValue(today, out var other) && other != subdivision.Id)
                        {
                            Errors.Add(new(communeFile, communeLine, $"subdivision '{subdivision.Id}' lists '{commune.CommuneId}', already listed in '{other}': a commune belongs to one subdivision."));
                        }

                        seen[today] = subdivision.Id;
                    }
                }
            }

            if (territory.SubdivisionsCoverAllCommunes)
            {
                var missing = epciCommunes.Where(c => !seen.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
                if (missing.Count > 0)
                {
                    var (file, line) = reader.Locate(territory.Id, "subdivisions_cover_all_communes");
                    var names = missing.Select(c => $"{c} ({communes[c].Name})");
                    Errors.Add(new(file, line,
                        $"territory '{territory.Id}' says its subdivisions cover all its communes, but these are in none: {string.Join(", ", names)}. Add them to a subdivision, or remove 'subdivisions_cover_all_communes'."));
                }
            }

            foreach (var place in places)
            {
                if (place.CommuneId is { } commune && EpciOf(commune) is { } epci && epci != territory.EpciId)
                {
                    var (file, line) = reader.Locate(place.Id, "commune");
                    Errors.Add(new(file, line, $"place '{place.Id}' is in '{commune}', which is not in this territory's EPCI ({epci}): move the place to the right territory file, or check the commune."));
                }

                if (place.SubdivisionId is { } subdivisionId && subdivisions.TryGetValue(subdivisionId, out var subdivision))
                {
                    var (file, line) = reader.Locate(place.Id, "subdivision");
                    if (subdivision.TerritoryId != territory.Id)
                    {
                        Errors.Add(new(file, line, $"place '{place.Id}' is placed in '{subdivisionId}', a subdivision of another territory."));
                    }
                    else if (place.CommuneId is { } placeCommune && subdivision.CommunesComplete && subdivision.Communes.Count > 0
                        && !subdivision.Communes.Any(c => c.CommuneId == placeCommune || CommuneOf(c.CommuneId) == CommuneOf(placeCommune)))
                    {
                        Errors.Add(new(file, line, $"place '{place.Id}' is in '{placeCommune}', which is not among the communes of '{subdivisionId}': check the commune or the subdivision."));
                    }
                }
            }

            foreach (var (id, subdivisionIds) in reader.Staff.Where(s => s.TerritoryId == territory.Id).Select(s => (s.Id, s.SubdivisionIds))
                .Concat(reader.Examples.Where(e => e.TerritoryId == territory.Id).Select(e => (e.Id, e.SubdivisionIds))))
            {
                foreach (var subdivisionId in subdivisionIds.Where(s => subdivisions.TryGetValue(s, out var sub) && sub.TerritoryId != territory.Id))
                {
                    var (file, line) = reader.Locate(id);
                    Errors.Add(new(file, line, $"'{id}' refers to '{subdivisionId}', a subdivision of another territory."));
                }
            }
        }
    }

    private void CheckCount(string territoryId, string field, int? declared, int actual, string? note, string what)
    {
        if (declared is { } value && value != actual && note is null)
        {
            var (file, line) = reader.Locate(territoryId, field);
            var noteField = field.Replace("_count", "", StringComparison.Ordinal) switch
            {
                "communes" => "communes_count_note",
                "subdivisions" => "subdivisions_count_note",
                _ => "france_services_note",
            };
            Errors.Add(new(file, line,
                $"territory '{territoryId}': {field} is {value} but there are {actual} {what}. Fix the number or the list; if the document itself differs, explain why in '{noteField}'."));
        }
    }

    private void CheckSpellings()
    {
        var owners = reader.Communes.Select(c => (c.Id, c.Name)).Concat(reader.FormerCommunes.Select(f => (f.Id, f.Name)))
            .GroupBy(x => KnowledgeText.Normalize(x.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var formers = reader.FormerCommunes.ToDictionary(f => f.Id, StringComparer.Ordinal);

        foreach (var (of, spelling, file, line) in reader.Spellings)
        {
            if (owners.TryGetValue(KnowledgeText.Normalize(spelling.Text), out var owner) && owner.Id != of
                && !(formers.TryGetValue(owner.Id, out var f) && f.CommuneId == of))
            {
                Errors.Add(new(file, line, $"document spelling of '{of}': \"{spelling.Text}\" is the official name of '{owner.Id}' ({owner.Name}); a spelling cannot designate two places."));
            }
        }
    }

    private string Suggest(string target, IReadOnlyList<string> kinds)
    {
        var best = reader.Definitions.Values
            .Where(d => kinds.Contains(d.Kind))
            .Select(d => (d.Id, Distance: Distance(d.Id, target)))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Id is not null && best.Distance <= Math.Max(3, target.Length / 4) ? $" Did you mean '{best.Id}'?" : "";
    }

    /// <summary>Levenshtein distance, for "did you mean" hints.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

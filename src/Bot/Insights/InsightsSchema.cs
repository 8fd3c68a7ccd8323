namespace Mednum49.Bot.Insights;

/// <summary>
/// The insights' tables (component <c>insights</c>), one list of migrations per provider: <see cref="Migrations"/> for
/// SQLite, <see cref="PostgresMigrations"/> for PostgreSQL. No column holds a name, an AAD object id, a UPN, a channel
/// user id or a conversation id. Released migrations are never edited: add a new one at the end of each list.
/// </summary>
internal static class InsightsSchema
{
    public const string Component = "insights";

    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: events and the answers feedback refers to. Times are UTC ISO 8601 with 7 fraction digits (text order
        // is time order); sources are knowledge-base ids joined by ';' (ids never contain one).
        Tables(id: "INTEGER PRIMARY KEY", time: "TEXT", boolean: "INTEGER", answersOptions: " WITHOUT ROWID"),
    ];

    public static readonly IReadOnlyList<string> PostgresMigrations =
    [
        // 1: as SQLite's 1. Times are timestamptz (microseconds).
        Tables(id: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", time: "TIMESTAMPTZ", boolean: "BOOLEAN", answersOptions: ""),
    ];

    // Migration 1 of both providers: one text, only the types differ. Released: never edit it (add a migration).
    private static string Tables(string id, string time, string boolean, string answersOptions) =>
        $"""
        CREATE TABLE insight_events (
            id                  {id},
            occurred_utc        {time} NOT NULL,
            reason              TEXT NOT NULL,
            channel_id          TEXT NOT NULL,
            conversation_kind   TEXT NOT NULL,
            question            TEXT NOT NULL,
            normalized_question TEXT NOT NULL,
            answer_kind         TEXT NULL,
            answer_title        TEXT NULL,
            answer_sources      TEXT NOT NULL,
            feedback_text       TEXT NULL,
            answer_key          TEXT NULL,
            user_key            TEXT NOT NULL
        );
        CREATE INDEX ix_insight_events_occurred ON insight_events (occurred_utc);
        CREATE UNIQUE INDEX ux_insight_events_feedback ON insight_events (answer_key, user_key) WHERE answer_key IS NOT NULL;

        CREATE TABLE insight_answers (
            answer_key     TEXT NOT NULL PRIMARY KEY,
            sent_utc       {time} NOT NULL,
            question       TEXT NOT NULL,
            answer_kind    TEXT NOT NULL,
            answer_title   TEXT NOT NULL,
            answer_sources TEXT NOT NULL,
            found          {boolean} NOT NULL
        ){answersOptions};
        CREATE INDEX ix_insight_answers_sent ON insight_answers (sent_utc);
        """;
}

namespace Mednum49.Bot.Notes;

/// <summary>
/// The notes' tables (component <c>notes</c>), one list of migrations per provider: <see cref="Migrations"/> for
/// SQLite, <see cref="PostgresMigrations"/> for PostgreSQL. Released migrations are never edited: add a new one at the
/// end of each list (the two lists need not have the same length).
/// </summary>
internal static class NotesSchema
{
    public const string Component = "notes";

    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: notes. Times are UTC ISO 8601 with 7 fraction digits, so text order is time order.
        NotesTable(id: "INTEGER PRIMARY KEY", date: "TEXT", time: "TEXT"),

        // 2: where to reach people proactively (a new note for their group): their personal chat with the bot.
        ConversationReferencesTable(time: "TEXT"),
    ];

    public static readonly IReadOnlyList<string> PostgresMigrations =
    [
        // 1: notes and where to reach people, as SQLite's 1 and 2. Times are timestamptz (microseconds).
        NotesTable(id: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", date: "DATE", time: "TIMESTAMPTZ")
            + "\n\n" + ConversationReferencesTable(time: "TIMESTAMPTZ"),
    ];

    // The tables of both providers: one text each, only the types differ. Released: never edit them (add a migration).
    private static string NotesTable(string id, string date, string time) =>
        $"""
        CREATE TABLE notes (
            id                       {id},
            reference                TEXT NOT NULL UNIQUE,
            idempotency_key          TEXT NOT NULL UNIQUE,
            group_id                 TEXT NOT NULL,
            text                     TEXT NOT NULL,
            reference_date           {date} NULL,
            author_channel_id        TEXT NOT NULL,
            author_user_id           TEXT NOT NULL,
            author_aad_object_id     TEXT NULL,
            author_name              TEXT NULL,
            author_upn               TEXT NULL,
            conversation_id          TEXT NOT NULL,
            created_utc              {time} NOT NULL,
            edited_utc               {time} NULL,
            edited_by_channel_id     TEXT NULL,
            edited_by_user_id        TEXT NULL,
            edited_by_aad_object_id  TEXT NULL,
            edited_by_name           TEXT NULL,
            edited_by_upn            TEXT NULL,
            deleted_utc              {time} NULL,
            deleted_by_channel_id    TEXT NULL,
            deleted_by_user_id       TEXT NULL,
            deleted_by_aad_object_id TEXT NULL,
            deleted_by_name          TEXT NULL,
            deleted_by_upn           TEXT NULL
        );
        CREATE INDEX ix_notes_group_created ON notes (group_id, created_utc);
        CREATE INDEX ix_notes_author_created ON notes (author_channel_id, author_user_id, created_utc);
        CREATE INDEX ix_notes_author_aad_created ON notes (author_aad_object_id, created_utc) WHERE author_aad_object_id IS NOT NULL;
        """;

    private static string ConversationReferencesTable(string time) =>
        $"""
        CREATE TABLE conversation_references (
            aad_object_id  TEXT PRIMARY KEY,
            upn            TEXT NULL,
            channel_id     TEXT NOT NULL,
            reference_json TEXT NOT NULL,
            updated_utc    {time} NOT NULL
        );
        CREATE INDEX ix_conversation_references_upn ON conversation_references (upn) WHERE upn IS NOT NULL;
        """;
}

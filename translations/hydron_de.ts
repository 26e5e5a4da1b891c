<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hydron::Chat</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::ChatStore</name>
    <message>
        <source>The chat no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::DataDir</name>
    <message>
        <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir or HYDRON_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot create its data folder %1. Check the permissions of the folders above it, or choose another folder with --data-dir or HYDRON_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot write to its data folder %1. Make it writable, or choose another folder with --data-dir or HYDRON_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Database</name>
    <message>
        <source>Hydron cannot read its database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Hydron database. Hydron has not changed it. Move it aside (or restore it from a backup) and start Hydron again to begin with an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Hydron (schema version %2; this version knows up to %3). Hydron has left it untouched. Update Hydron to open it, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the place of Hydron&apos;s database but is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot open its database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron could not upgrade its database %1 to schema version %2. The database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 refused a change (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not save the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Json</name>
    <message>
        <source>%1: the field &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Logging</name>
    <message>
        <source>Hydron cannot create its log folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot write its log file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Names</name>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2 at position %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Plan</name>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::PlanStore</name>
    <message>
        <source>The plan&apos;s project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Project</name>
    <message>
        <source>Web App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microservice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::ProjectStore</name>
    <message>
        <source>The services of project &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Run</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::RunLog</name>
    <message>
        <source>Hydron cannot create the run log folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot write the log of run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot read the log of run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot delete the log of run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::RunStore</name>
    <message>
        <source>Run %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no step %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Server</name>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SSH address; write ssh://user@host:port or user@host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH address has no path: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens a bracket it never closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the host in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is outside 1–65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key file, or sign in with the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; contains a comma; tags are separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::ServerStore</name>
    <message>
        <source>The server no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project linked to &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Service</name>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::ui::MainWindow</name>
    <message>
        <source>Hydron</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

// Example parameters for main.bicep. Copy this file (e.g. to mednum49.bicepparam), adjust the values, then:
//   az deployment group create --resource-group <rg> --template-file main.bicep --parameters mednum49.bicepparam
// Every parameter has a default in main.bicep: keep only the lines you change. See docs/deployment.md.
using 'main.bicep'

param baseName = 'mednum49'

// The Azure Bot resource is global; the web app, the identity and the monitoring go to this region.
param location = 'francecentral'

param botDisplayName = 'Mednum49'
param botSku = 'F0'
param appServiceSku = 'B1'

// Tenants whose Teams users may talk to the bot. Leave out to allow only the tenant of the deployment.
// param allowedTenantIds = [
//   '00000000-0000-0000-0000-000000000000'
// ]

param knowledgeDataPath = '/home/data/knowledge'
param databasePath = '/home/data/mednum49.db'

// Azure OpenAI (optional): the bot then rephrases its answers with the model, from the facts it found.
param enableOpenAi = false
param openAiLocation = 'swedencentral'
param openAiDeploymentName = 'chat'
param openAiModelName = 'gpt-4o-mini'
param openAiModelVersion = '2024-07-18'
param openAiDeploymentSku = 'GlobalStandard'
param openAiCapacity = 10

// Web Chat page at the web app's root, through the Azure Bot's Direct Line channel (secret kept in a Key Vault).
param enableWebChat = false

param enableApplicationInsights = true

// Example parameters for a scaled-out deployment: PostgreSQL for the state and the notes, two instances.
//   az deployment group create --resource-group <rg> --template-file main.bicep --parameters main.postgres.bicepparam
// See docs/deployment.md, "Storage: SQLite or PostgreSQL".
using 'main.bicep'

param baseName = 'mednum49'
param location = 'francecentral'
param appServiceSku = 'B1'

param storageProvider = 'postgres'
param instanceCount = 2
param postgresSkuName = 'Standard_B1ms'
param postgresSkuTier = 'Burstable'
param postgresStorageSizeGB = 32

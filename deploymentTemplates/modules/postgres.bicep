metadata description = 'Azure Database for PostgreSQL Flexible Server for the bot\'s state and notes (Storage:Provider=postgres): Entra ID authentication only, the bot\'s user-assigned identity as its Entra administrator, one database.'

@description('Name of the server (globally unique: <name>.postgres.database.azure.com).')
param name string

@description('Azure region of the server.')
param location string

@description('Tags applied to the server.')
param tags object

@description('Compute of the server. Burstable B1ms (1 vCore, 2 GiB) is plenty for the bot: a few writes per turn.')
param skuName string

@description('Tier of skuName: Burstable, GeneralPurpose or MemoryOptimized.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('Storage of the server in GiB (32 is the smallest; it grows by itself when full).')
param storageSizeGB int

@description('Name of the database the bot uses.')
param databaseName string

@description('Object (principal) id of the bot\'s user-assigned identity: the server\'s Entra administrator.')
param administratorPrincipalId string

@description('Name of that identity: the PostgreSQL role it signs in as (Storage:ConnectionString Username).')
param administratorName string

@description('Entra tenant of the identity.')
param tenantId string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '16'
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    // No password anywhere: the app signs in with its managed identity's access token.
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenantId
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// App Service's outbound addresses are shared Azure addresses: this rule lets Azure services in (0.0.0.0 is Azure's
// convention for it); sign-in still needs the identity's token. A VNet integration is the stricter alternative.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: administratorPrincipalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: administratorName
    tenantId: tenantId
  }
  // The server accepts one configuration change at a time.
  dependsOn: [
    database
    allowAzureServices
  ]
}

@description('Host name of the server.')
output host string = server.properties.fullyQualifiedDomainName

@description('Name of the bot\'s database.')
output databaseName string = database.name

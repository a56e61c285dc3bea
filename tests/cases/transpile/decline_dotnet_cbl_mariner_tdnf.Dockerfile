# tdnf on CBL-Mariner: no package data of the distribution, so what the runner needs of
# libgdiplus (and how to install it there) is not known
FROM mcr.microsoft.com/dotnet/sdk:8.0-cbl-mariner2.0
RUN tdnf install -y libgdiplus && tdnf clean all
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app
WORKDIR /app
EXPOSE 8080
ENTRYPOINT ["dotnet", "App.dll"]

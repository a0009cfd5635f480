import DecomposeCLI

DecomposeTool.main()

from ondam.cli import main

main()
